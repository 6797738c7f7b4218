using System.Text.RegularExpressions;
using MarketActors.Domain.Values;

namespace MarketActors.Scenarios.Units;

/// <summary>Prices as a share of face value.</summary>
public static partial class Quantities
{
    /// <summary>
    /// A price as a share of face value, as a fraction: <c>92%</c> → 0.92, <c>97c</c> (97 cents on the dollar) → 0.97,
    /// <c>par</c> → 1; or a range whose middle is used: <c>90%..95%</c>, <c>90..95%</c>, <c>90c..95c</c>,
    /// <c>95c..par</c>. A bare low end takes the high end's unit (<c>90..95c</c> is 90c..95c).
    /// </summary>
    public static Figure? Price(string text, out string? error)
    {
        error = null;
        var t = Squeeze(text);
        var range = SplitRange(t);
        if (range is { } parts)
        {
            var lowText = BareNumberPattern().IsMatch(parts.Low) ? parts.Low + PricePattern().Match(parts.High).Groups["u"].Value : parts.Low;
            var low = OnePrice(lowText, out error);
            var high = low is null ? null : OnePrice(parts.High, out error);
            if (low is null || high is null)
            {
                error ??= NotAPrice(text);
                return null;
            }

            if (low > high)
            {
                error = $"the range '{text}' runs backwards; write the low end first";
                return null;
            }

            return Figure.Between(low.Value, high.Value);
        }

        var value = OnePrice(t, out error);
        if (value is null)
        {
            error ??= NotAPrice(text);
            return null;
        }

        return Figure.Of(value.Value);
    }

    private static string NotAPrice(string text) => $"'{text}' is not a price; write 92%, 90%..95%, 97c or par";

    private static decimal? OnePrice(string text, out string? error)
    {
        error = null;
        if (text.Equals("par", StringComparison.OrdinalIgnoreCase))
        {
            return 1m;
        }

        var match = PricePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        // A cent on the dollar is a percent of face.
        if (Bounded(match.Groups["n"].Value, 0.01m, MaxFraction) is not { } value)
        {
            error = $"'{text}' is too large; prices here are at most 1,000,000% of face";
            return null;
        }

        return match.Groups["sign"].Value == "-" ? -value : value;
    }

    [GeneratedRegex(@"^(?<sign>[+-])?\s*(?<n>\d+(\.\d+)?)\s*(?<u>%|c)$", RegexOptions.IgnoreCase)]
    private static partial Regex PricePattern();
}
