using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Each valuation mark: what the company became worth and how much each holder's net worth moved.</summary>
public static class MarksAnswer
{
    /// <summary>One table for every mark of the run, or nothing when there is none.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var marks = run.Events<ValuationMarked>().ToList();
        if (marks.Count == 0)
        {
            yield break;
        }

        var table = new TableBuilder("Valuation marks and whom they moved", "Date", "Company", "Value", "Change", "Holder", "Holder's net worth");
        foreach (var (e, mark) in marks)
        {
            var entry = run.Entry(e.Seq);
            var valuation = entry.Deltas.FirstOrDefault(d => d.Actor == mark.Company && d.Metric == Metric.Valuation);
            var before = valuation is null ? 0m : valuation.After - valuation.Change;
            var after = valuation?.After ?? run.At(mark.Company, Metric.Valuation, e.At);

            // A first valuation is set, not a change from nothing.
            var value = before == 0 ? $"set at {Format.Money(after)}" : $"{Format.Money(before)} → {Format.Money(after)}";
            var change = valuation is null ? "none"
                : before == 0 ? "first valuation"
                : $"{Format.Change(valuation.Change, MetricUnit.Usd)} ({Format.Change(valuation.Change / before, MetricUnit.Fraction)})";
            var holders = entry.Deltas.Where(d => d.Metric == Metric.NetWorth && d.Actor != mark.Company).ToList();
            if (holders.Count == 0)
            {
                table.Row(Dates.Iso(e.At), run.World.NameOf(mark.Company), value, change, "—", "—");
            }

            foreach (var holder in holders)
            {
                table.Row(Dates.Iso(e.At), run.World.NameOf(mark.Company), value, change, run.World.NameOf(holder.Actor), Format.Change(holder.Change, MetricUnit.Usd));
            }

            table.Note($"{Dates.Iso(e.At)}: {mark.Describe(run.World)} ({RunView.Cite(e)}).");
        }

        yield return table.Build();
    }
}
