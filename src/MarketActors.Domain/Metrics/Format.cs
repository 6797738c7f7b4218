using System.Globalization;

namespace MarketActors.Domain.Metrics;

/// <summary>Human renderings of values ("$500B", "100,000", "13%") and exact renderings for files.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The exact value with no trailing zeros, for CSV and JSON files.</summary>
    public static string Exact(decimal value) => Values.Amounts.Normalize(value).ToString(Invariant);

    /// <summary>A value for a person to read, in its unit.</summary>
    public static string Value(decimal value, MetricUnit unit) => unit switch
    {
        MetricUnit.Usd => Money(value),
        MetricUnit.Fraction => Percent(value),
        MetricUnit.Pflops or MetricUnit.Megawatts or MetricUnit.H100e => Number(value, 1),
        _ => Number(value, 2),
    };

    /// <summary>Money with a scale suffix: $500B, $5.5M, $12.025B, -$34.6B.</summary>
    public static string Money(decimal value)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var abs = Math.Abs(value);
        var (scaled, suffix) = abs switch
        {
            >= 1_000_000_000_000m => (abs / 1_000_000_000_000m, "T"),
            >= 1_000_000_000m => (abs / 1_000_000_000m, "B"),
            >= 1_000_000m => (abs / 1_000_000m, "M"),
            >= 10_000m => (abs / 1_000m, "k"),
            _ => (abs, string.Empty),
        };
        var digits = suffix.Length == 0 ? 2 : 3;
        return sign + "$" + Values.Amounts.Normalize(decimal.Round(scaled, digits, MidpointRounding.AwayFromZero)).ToString("#,0.###", Invariant) + suffix;
    }

    /// <summary>Power given in megawatts, as people write it: 1.2 GW from 1,000 MW up, 200 MW below, 0.5 MW below one.</summary>
    public static string Power(decimal megawatts) => Math.Abs(megawatts) >= 1_000m
        ? Number(megawatts / 1_000m, 3) + " GW"
        : Number(megawatts, 2) + " MW";

    /// <summary>A fraction as a percentage: 0.13 → 13%, 0.2135 → 21.35%.</summary>
    public static string Percent(decimal fraction) =>
        Values.Amounts.Normalize(decimal.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero)).ToString("#,0.##", Invariant) + "%";

    /// <summary>A number with thousands separators and at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', Math.Max(decimals, 0)), Invariant);

    /// <summary>A signed change for a timeline: +$100B, -$27.33B, +100,000.</summary>
    public static string Change(decimal delta, MetricUnit unit) => (delta > 0 ? "+" : string.Empty) + Value(delta, unit);
}
