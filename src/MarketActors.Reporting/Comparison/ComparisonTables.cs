using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Comparison;

/// <summary>A comparison as tables a reader can scan: the metrics that differ, then the events that do.</summary>
public static class ComparisonTables
{
    /// <summary>The tables; <paramref name="left"/> and <paramref name="right"/> label the runs' columns.</summary>
    public static IReadOnlyList<ReportTable> Build(RunComparison comparison, string left, string right)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var metrics = new TableBuilder("What differs, by actor", "Actor", "Metric", left, right, "Difference", "Apart");
        foreach (var d in comparison.Metrics)
        {
            var unit = Metric.UnitOf(d.Metric);
            metrics.Row(
                d.Name,
                ChangeSummary.Label(d.Metric) ?? d.Metric,
                Format.Value(d.Left, unit),
                Format.Value(d.Right, unit),
                d.Difference == 0 ? "—" : Format.Change(d.Difference, unit),
                d.ApartUntil is { } until
                    ? (until == d.ApartFrom ? $"on {Dates.Iso(d.ApartFrom)}" : $"{Dates.Iso(d.ApartFrom)} to {Dates.Iso(until)}")
                    : $"since {Dates.Iso(d.ApartFrom)}");
        }

        metrics.Note($"Values at the end of each run; the difference is {right} minus {left}. 'Apart' gives the dates at whose end the values differ.");

        var events = new TableBuilder("Events in one run only, or moving things differently", "Date", "Event", "Source", left, right);
        foreach (var e in comparison.Events)
        {
            var entry = (e.Left ?? e.Right)!;
            var description = e is { Left: { } l, Right: { } r } && l.Description != r.Description
                ? $"{l.Description}\n{right}: {r.Description}"
                : entry.Description;
            events.Row(
                Dates.Iso(e.At),
                description,
                string.Join(", ", entry.Sources),
                Moved(e.Left, comparison.Left),
                Moved(e.Right, comparison.Right));
        }

        events.Note("Events are matched by their id, or else by date, type and description; what an event moved is compared as changes.");
        return [metrics.Build(), events.Build()];
    }

    private static string Moved(TimelineEntry? entry, RunView run)
    {
        if (entry is null)
        {
            return "not in this run";
        }

        var lines = ChangeSummary.Lines(entry, run.World);
        return lines.Count == 0 ? "moved nothing" : string.Join("\n", lines.Select(l => $"{l.Actor}: {l.Changes}"));
    }
}
