using System.Text.RegularExpressions;
using MarketActors.Domain.Values;

namespace MarketActors.Scenarios.Units;

/// <summary>Electrical power.</summary>
public static partial class Quantities
{
    /// <summary>The largest power accepted, in megawatts (a billion GW).</summary>
    public const decimal MaxMegawatts = 1_000_000_000_000m;

    /// <summary>
    /// Power in megawatts: <c>1.2 GW</c> → 1200, <c>200 MW</c> → 200, <c>500 kW</c> → 0.5 (units in any case, or
    /// spelt out: <c>gigawatts</c>). It may be qualified like money (<c>~1.2 GW</c>, <c>up to 5 GW</c>,
    /// <c>&lt; 1 GW</c>, <c>over 1 GW</c>, <c>1 GW+</c>) or a range (<c>1..2 GW</c>, <c>500 MW..1 GW</c>).
    /// </summary>
    public static Figure? Power(string text, out string? error) =>
        ReadFigure(text, OnePower, p => PowerPattern().Match(p).Groups["u"].Value, out error);

    private static decimal? OnePower(string text, out FigureBound bound, out string? error)
    {
        error = null;
        bound = FigureBound.Exact;
        var match = PowerPattern().Match(text);
        if (!match.Success || !match.Groups["u"].Success)
        {
            error = $"'{text}' is not power like 1.2 GW, 200 MW, 500 kW, ~1.2 GW, up to 5 GW or 1..2 GW";
            return null;
        }

        if (!Qualified(match, text, out bound, out error))
        {
            return null;
        }

        if (match.Groups["neg"].Success)
        {
            error = $"'{text}' is negative; power here is never below zero";
            return null;
        }

        var perUnit = char.ToLowerInvariant(match.Groups["u"].Value[0]) switch
        {
            'g' => 1_000m,
            'k' => 0.001m,
            _ => 1m,
        };
        if (Bounded(match.Groups["n"].Value, perUnit, MaxMegawatts) is not { } megawatts)
        {
            error = $"'{text}' is too large; power here is at most 1,000,000,000 GW";
            return null;
        }

        return megawatts;
    }

    [GeneratedRegex($@"^(?<q>{Qualifiers.Pattern})?\s*(?<neg>-)?\s*(?<n>{NumberPattern})\s*(?<u>GW|MW|kW|gigawatts?|megawatts?|kilowatts?)?(?<plus>\+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PowerPattern();
}
