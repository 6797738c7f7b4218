using MarketActors.Domain.Metrics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// The axes charts share: a calendar axis on which dates sit at their real distance in time, its ticks on round
/// dates spaced so that their labels never overlap; and value axes labelled in the metric's unit.
/// </summary>
internal static class ChartAxes
{
    /// <summary>Where a date sits on a calendar axis.</summary>
    public static double X(DateOnly date) => NumericConversion.ToNumber(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// Makes the bottom axis a calendar from <paramref name="first"/> to <paramref name="last"/>, with a margin on
    /// each side (at least half a day, so that a run of one date still has an axis).
    /// </summary>
    public static void Dates(Plot plot, DateOnly first, DateOnly last)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new CalendarTicks();
        var margin = Math.Max((X(last) - X(first)) * 0.03, 0.5);
        plot.Axes.SetLimitsX(X(first) - margin, X(last) + margin);
    }

    /// <summary>Labels <paramref name="axis"/> in <paramref name="unit"/>, for values that spread over <paramref name="values"/>.</summary>
    public static void Values(IAxis axis, MetricUnit unit, IEnumerable<double> values)
    {
        var all = values.DefaultIfEmpty(0).ToArray();
        var span = all.Max() - all.Min();
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = TickLabels.For(unit, span > 0 ? span : Math.Abs(all.Max())) };
    }

    /// <summary>Labels <paramref name="axis"/> with whole numbers only (a count of branches).</summary>
    public static void Counts(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => TickLabels.Value(v, MetricUnit.Count, 1) };
}
