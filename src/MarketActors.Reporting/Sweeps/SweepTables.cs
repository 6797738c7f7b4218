using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Sweeps;

/// <summary>A sweep as tables: the ranges drawn from, then the spread of every metric that moved with them.</summary>
public static class SweepTables
{
    /// <summary>The tables.</summary>
    public static IReadOnlyList<ReportTable> Build(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var drawn = new TableBuilder("Figures given as ranges, drawn anew in each branch", "Date", "Event", "Field", "Range", "Source");
        foreach (var u in sweep.Uncertain)
        {
            // Of the figures events carry, prices are fractions of face, counts are counts, and the rest are money.
            var unit = u.Field == "price" ? MetricUnit.Fraction : u.Field == "count" ? MetricUnit.Count : MetricUnit.Usd;
            drawn.Row(Dates.Iso(u.Event.At), u.Event.Id ?? u.Event.Type, u.Field, u.Range.Render(v => Format.Value(v, unit)), string.Join(", ", u.Event.Sources));
        }

        drawn.Note($"Each branch draws every range uniformly, keyed by seed {sweep.Plan.Seed}, branch, event and field: the same seed gives the same branches.");

        var ran = sweep.Branches - sweep.Failures.Length;
        var spread = new TableBuilder($"How the end state spreads across {ran:N0} branches", "Actor", "Metric", "p5", "p50", "p95", "Lowest", "Highest");
        foreach (var s in sweep.Spreads)
        {
            var unit = Metric.UnitOf(s.Metric);
            spread.Row(s.Name, ChangeSummary.Label(s.Metric) ?? s.Metric, Format.Value(s.P5, unit), Format.Value(s.P50, unit), Format.Value(s.P95, unit), Format.Value(s.Min, unit), Format.Value(s.Max, unit));
        }

        spread.Note("Percentiles interpolate between the two nearest branches. Metrics that end the same in every branch are left out.");
        if (!sweep.Failures.IsEmpty)
        {
            spread.Note($"{sweep.Failures.Length:N0} branches failed and are left out; the first, branch {sweep.Failures[0].Branch}: {sweep.Failures[0].Message}");
        }

        return [drawn.Build(), spread.Build()];
    }
}
