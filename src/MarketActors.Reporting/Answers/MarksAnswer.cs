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
            var after = valuation?.After ?? 0m;
            var change = valuation?.Change ?? 0m;
            var value = $"{Format.Money(before)} → {Format.Money(after)}";
            var relative = before == 0 ? Format.Change(change, MetricUnit.Usd) : $"{Format.Change(change, MetricUnit.Usd)} ({Format.Change(change / before, MetricUnit.Fraction)})";
            var holders = entry.Deltas.Where(d => d.Metric == Metric.NetWorth && d.Actor != mark.Company).ToList();
            if (holders.Count == 0)
            {
                table.Row(Dates.Iso(e.At), run.World.NameOf(mark.Company), value, relative, "—", "—");
            }

            foreach (var holder in holders)
            {
                table.Row(Dates.Iso(e.At), run.World.NameOf(mark.Company), value, relative, run.World.NameOf(holder.Actor), Format.Change(holder.Change, MetricUnit.Usd));
            }

            var holderIds = holders.Select(h => h.Actor).ToHashSet();
            foreach (var (reportedAt, reported) in run.Events<NetWorthReported>().Where(r => holderIds.Contains(r.Body.Actor)))
            {
                table.Note($"{run.World.NameOf(reported.Actor)}'s net worth was reported at {reported.Value.Render(Format.Money)} on {Dates.Iso(reportedAt.At)} ({RunView.Cite(reportedAt)}).");
            }

            table.Note($"{Dates.Iso(e.At)}: {mark.Describe(run.World)} ({RunView.Cite(e)}).");
        }

        yield return table.Build();
    }
}
