using System.Globalization;
using System.Text.RegularExpressions;
using MarketActors.Domain.Values;

namespace MarketActors.Scenarios.Units;

/// <summary>
/// Reads the human units of scenario files: money (<c>500B</c>, <c>$5.5M</c>, <c>&lt; $10B</c>, <c>up to 3B</c>,
/// <c>1M+</c>, <c>~5.5M</c>, <c>1B..2B</c>), counts (<c>100k</c>, whole numbers only), percentages (<c>13%</c>,
/// <c>90%..95%</c>, <c>-10%</c>), prices as a share of face (<c>92%</c>, <c>97c</c>, <c>par</c>), power
/// (<c>1.2 GW</c>, <c>200 MW</c>), durations (<c>4y</c>) and areas (<c>875 acres</c>, <c>~875 acres</c>). Each reader
/// returns null and an explanation, naming the forms it accepts, on failure.
/// </summary>
public static partial class Quantities
{
    /// <summary>
    /// The largest amount of dollars or count accepted: a million trillion (10^18), ten orders of magnitude inside
    /// decimal's range, so that prices over small stakes and sums of positions stay computable.
    /// </summary>
    public const decimal MaxFigure = 1_000_000_000_000_000_000m;

    /// <summary>The largest percentage accepted, as a fraction (1,000,000%).</summary>
    public const decimal MaxFraction = 10_000m;

    /// <summary>The longest duration accepted, in months (1000 years).</summary>
    public const decimal MaxMonths = 12_000m;

    /// <summary>The largest area accepted, in square metres (a billion km²).</summary>
    public const decimal MaxSquareMetres = 1_000_000_000_000_000m;

    private const string NumberPattern = @"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Reads one end of a figure: its value and its qualifier, or null and why not.</summary>
    private delegate decimal? EndReader(string text, out FigureBound bound, out string? error);

    /// <summary>An amount of US dollars, possibly qualified.</summary>
    public static Figure? Money(string text, out string? error) =>
        ReadFigure(text, (string t, out FigureBound b, out string? e) => OneAmount(t, money: true, out b, out e), ScaleOf, out error);

    /// <summary>
    /// A count (GPUs, jobs, sites), possibly qualified. Counts are whole numbers once scaled: <c>1.5M</c> and
    /// <c>2.5k</c> are read, <c>200000.5</c> is refused.
    /// </summary>
    public static Figure? Count(string text, out string? error) =>
        ReadFigure(text, (string t, out FigureBound b, out string? e) => OneAmount(t, money: false, out b, out e), ScaleOf, out error);

    /// <summary>A percentage as a fraction (<c>79%</c> → 0.79); a range (<c>90%..95%</c>) when allowed.</summary>
    public static Figure? Percent(string text, bool allowRange, out string? error)
    {
        error = null;
        var t = Squeeze(text);
        var range = SplitRange(t);
        if (range is { } parts)
        {
            if (!allowRange)
            {
                error = $"'{text}' is a range; give one percentage here";
                return null;
            }

            var high = OnePercent(parts.High, out error);
            var low = high is null ? null : OnePercent(parts.Low.EndsWith('%') ? parts.Low : parts.Low + "%", out error);
            if (low is null || high is null)
            {
                error ??= $"'{text}' is not a range of percentages like 90%..95%";
                return null;
            }

            if (low > high)
            {
                error = $"the range '{text}' runs backwards; write the low end first";
                return null;
            }

            return Figure.Between(low.Value, high.Value);
        }

        var value = OnePercent(t, out error);
        if (value is null)
        {
            error ??= $"'{text}' is not a percentage like 13% or 21.35%";
            return null;
        }

        return Figure.Of(value.Value);
    }

    /// <summary>A duration, returned as its label and its length in months (<c>4y</c> → 48).</summary>
    public static (string Label, decimal Months)? Duration(string text, out string? error)
    {
        error = null;
        var match = DurationPattern().Match(Squeeze(text));
        if (!match.Success)
        {
            error = $"'{text}' is not a duration like 4y, 18mo, 90d or 2w";
            return null;
        }

        // Weeks and days are counted in average months (365.25 / 12 days), divided last to stay exact.
        var (perUnit, divisor) = match.Groups["u"].Value.ToLowerInvariant() switch
        {
            "y" or "yr" or "yrs" or "year" or "years" => (12m, 1m),
            "mo" or "month" or "months" => (1m, 1m),
            "w" or "wk" or "week" or "weeks" => (7m, 30.4375m),
            _ => (1m, 30.4375m),
        };
        if (Bounded(match.Groups["n"].Value, perUnit, MaxMonths * divisor) is not { } scaled)
        {
            error = $"'{text}' is too long; durations here are at most 1000 years";
            return null;
        }

        return (text.Trim(), scaled / divisor);
    }

    /// <summary>
    /// An area, returned in square metres with its label as written (<c>875 acres</c> → 3,540,999.3696 m²). It may be
    /// approximate (<c>~875 acres</c>, <c>about 875 acres</c>); the label keeps the qualifier.
    /// </summary>
    public static (string Label, decimal SquareMetres)? Area(string text, out string? error)
    {
        error = null;
        var match = AreaPattern().Match(Squeeze(text));
        if (!match.Success)
        {
            error = $"'{text}' is not an area like 875 acres, ~875 acres, 350 ha, 3.5 km2 or 120000 m2";
            return null;
        }

        var factor = match.Groups["u"].Value.ToLowerInvariant() switch
        {
            "acre" or "acres" => 4046.8564224m,
            "ha" or "hectare" or "hectares" => 10_000m,
            "km2" or "km²" => 1_000_000m,
            "sqft" or "sq ft" or "ft2" => 0.09290304m,
            _ => 1m,
        };
        if (Bounded(match.Groups["n"].Value, factor, MaxSquareMetres) is not { } squareMetres)
        {
            error = $"'{text}' is too large; areas here are at most a billion km2";
            return null;
        }

        return (text.Trim(), squareMetres);
    }

    private static Figure? ReadFigure(string text, EndReader one, Func<string, string> unitOf, out string? error)
    {
        error = null;
        var t = Squeeze(text);
        var range = SplitRange(t);
        if (range is { } parts)
        {
            // "3..5B" means 3B..5B, as "90..95%" means 90%..95%: a bare low end takes the high end's unit.
            var lowText = BareNumberPattern().IsMatch(parts.Low) ? parts.Low + unitOf(parts.High) : parts.Low;
            var low = one(lowText, out _, out error);
            var high = low is null ? null : one(parts.High, out _, out error);
            if (low is null || high is null)
            {
                return null;
            }

            if (low > high)
            {
                error = $"the range '{text}' runs backwards; write the low end first";
                return null;
            }

            return Figure.Between(low.Value, high.Value);
        }

        var value = one(t, out var bound, out error);
        return value is null ? null : Figure.Of(value.Value, bound);
    }

    private static string ScaleOf(string amount) => AmountPattern().Match(amount).Groups["s"].Value;

    private static decimal? OneAmount(string text, bool money, out FigureBound bound, out string? error)
    {
        error = null;
        bound = FigureBound.Exact;
        var match = AmountPattern().Match(text);
        if (!match.Success)
        {
            error = money
                ? $"'{text}' is not an amount of dollars like 500B, $5.5M, ~5.5M, < 10B, up to 3B or 1M+"
                : $"'{text}' is not a count like 100000, 100k, 1.5M or 1M+";
            return null;
        }

        var currency = match.Groups["c"].Value;
        if (currency.Length > 0 && !money)
        {
            error = $"'{text}' is money; a count is a plain number like 100k";
            return null;
        }

        if (currency is not ("" or "$" or "US$" or "USD"))
        {
            error = $"'{text}': amounts are in US dollars; convert it and say so in a note";
            return null;
        }

        if (!Qualified(match, text, out bound, out error))
        {
            return null;
        }

        if (match.Groups["neg"].Success)
        {
            error = $"'{text}' is negative; amounts and counts here are never below zero";
            return null;
        }

        var scale = match.Groups["s"].Value.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mn" or "million" => 1_000_000m,
            "b" or "bn" or "billion" => 1_000_000_000m,
            "t" or "tn" or "trillion" => 1_000_000_000_000m,
            _ => 1m,
        };
        if (Bounded(match.Groups["n"].Value, scale, MaxFigure) is not { } value)
        {
            error = money
                ? $"'{text}' is too large; amounts here are at most $1,000,000T"
                : $"'{text}' is too large; counts here are at most 1,000,000T (10^18)";
            return null;
        }

        if (!money && value != decimal.Truncate(value))
        {
            error = $"'{text}' is not a whole number; counts are whole numbers, like 200000, 200k or 1.5M";
            return null;
        }

        return value;
    }

    /// <summary>The bound of a match with groups q (a qualifier) and plus (a trailing "+"); false when it has both.</summary>
    private static bool Qualified(Match match, string text, out FigureBound bound, out string? error)
    {
        error = null;
        var plus = match.Groups["plus"].Success;
        bound = Qualifiers.Bound(match.Groups["q"].Value, plus);
        if (plus && match.Groups["q"].Length > 0)
        {
            error = $"'{text}' has two qualifiers; keep one";
            return false;
        }

        return true;
    }

    private static decimal? OnePercent(string text, out string? error)
    {
        error = null;
        var match = PercentPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (Bounded(match.Groups["n"].Value, 0.01m, MaxFraction) is not { } value)
        {
            error = $"'{text}' is too large; percentages here are at most 1,000,000%";
            return null;
        }

        return match.Groups["sign"].Value == "-" ? -value : value;
    }

    private static (string Low, string High)? SplitRange(string text)
    {
        foreach (var separator in new[] { "..", "–" })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return (text[..at].Trim(), text[(at + separator.Length)..].Trim());
            }
        }

        // "1B to 2B" is a range; the "to" of "up to 3B" is not.
        var to = RangeToPattern().Match(text);
        return to.Success && to.Index > 0 ? (text[..to.Index].Trim(), text[(to.Index + to.Length)..].Trim()) : null;
    }

    /// <summary>The number written as <paramref name="digits"/> times <paramref name="factor"/>, or null above <paramref name="max"/>.</summary>
    private static decimal? Bounded(string digits, decimal factor, decimal max)
    {
        var plain = digits.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, Invariant, out var number) || number > max / factor)
        {
            return null;
        }

        return number * factor;
    }

    private static string Squeeze(string text) => WhitespacePattern().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"(?<!\b[Uu][Pp]) to ")]
    private static partial Regex RangeToPattern();

    [GeneratedRegex($@"^(?<q>{Qualifiers.Pattern})?\s*(?<neg>-)?\s*(?<c>US\$|USD|\$|€|£|¥|EUR|GBP|CNY|RMB)?\s*(?<n>{NumberPattern})\s*(?<s>k|K|m|M|mn|b|B|bn|t|T|tn|thousand|million|billion|trillion)?(?<plus>\+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    [GeneratedRegex($@"^(?:{NumberPattern})$")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"^(?<sign>[+-])?\s*(?<n>\d+(\.\d+)?)\s*%$")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<u>y|yr|yrs|years?|mo|months?|w|wk|weeks?|d|days?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex($@"^(?:~|≈|about|approx\.?)?\s*(?<n>{NumberPattern})\s*(?<u>acres?|ha|hectares?|km2|km²|m2|m²|sq ft|sqft|ft2)$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaPattern();
}
