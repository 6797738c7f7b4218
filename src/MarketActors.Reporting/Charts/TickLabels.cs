using System.Globalization;
using MarketActors.Domain.Metrics;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// Axis labels a reader takes in at a glance: values in their metric's unit with a scale suffix ($500B, -$2.6B,
/// 100k GPUs, 13%), never 5E+11, whatever the machine's culture.
/// </summary>
internal static class TickLabels
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Labels for an axis whose values spread over <paramref name="span"/>: enough decimals that ticks a hundredth
    /// of the span apart read differently, and no more (trailing zeros are dropped).
    /// </summary>
    public static Func<double, string> For(MetricUnit unit, double span)
    {
        var resolution = span > 0 && double.IsFinite(span) ? span / 100 : 1;
        return value => Value(value, unit, resolution);
    }

    /// <summary>One value in its unit, to <paramref name="resolution"/>.</summary>
    public static string Value(double value, MetricUnit unit, double resolution)
    {
        // A tick at zero can come out of floating-point sums as -1E-7: it is zero.
        var v = Math.Abs(value) < resolution / 2 ? 0 : value;
        return unit switch
        {
            MetricUnit.Usd => Compact(v, resolution, "$", string.Empty),
            MetricUnit.Fraction => Percent(v, resolution),
            MetricUnit.Gpus => Compact(v, resolution, string.Empty, " GPUs"),
            MetricUnit.H100e => Compact(v, resolution, string.Empty, " H100e"),
            MetricUnit.Pflops => Compact(v, resolution, string.Empty, " PFLOPS"),
            MetricUnit.Megawatts => Compact(v, resolution, string.Empty, " MW"),
            _ => Compact(v, resolution, string.Empty, string.Empty),
        };
    }

    private static string Compact(double value, double resolution, string prefix, string unit)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var abs = Math.Abs(value);
        var (scale, suffix) = abs switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "B"),
            >= 1e6 => (1e6, "M"),
            >= 1e3 => (1e3, "k"),
            _ => (1d, string.Empty),
        };
        var decimals = Decimals(scale / resolution);
        var digits = Math.Round(abs / scale, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', decimals), Invariant);
        return sign + prefix + digits + suffix + unit;
    }

    private static string Percent(double fraction, double resolution)
    {
        var decimals = Decimals(1 / (resolution * 100));
        return Math.Round(fraction * 100, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', decimals), Invariant) + "%";
    }

    /// <summary>How many decimals show a step of 1/<paramref name="steps"/> of the unit.</summary>
    private static int Decimals(double steps) => steps <= 1 ? 0 : Math.Min(6, (int)Math.Ceiling(Math.Log10(steps)));
}
