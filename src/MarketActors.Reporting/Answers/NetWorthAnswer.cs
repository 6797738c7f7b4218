using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>
/// Each reported net worth beside the model: on a report's day the books hold to the report, the gap to what the
/// story's events explain being other holdings; after it, the story's gains and losses move net worth away from it.
/// </summary>
public static class NetWorthAnswer
{
    /// <summary>One table for every actor whose net worth was reported, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var reports = run.Events<NetWorthReported>().ToList();
        if (reports.Count == 0)
        {
            yield break;
        }

        var end = run.Plan.Events.Max(e => e.At);
        var table = new TableBuilder("Reported net worth against the model", "Actor", "Date", "Reported", "Net worth in the model", "Explained by the story's events", "Other holdings", "Source");
        foreach (var actor in reports.Select(r => r.Body.Actor).Distinct().Order())
        {
            var name = run.World.NameOf(actor);
            var mine = reports.Where(r => r.Body.Actor == actor).ToList();
            foreach (var (e, report) in mine)
            {
                Row(table, run, actor, name, e.At, report.Value.Render(Format.Money), RunView.Cite(e));
            }

            var (last, lastReport) = mine[^1];
            var model = run.At(actor, Metric.NetWorth, end);
            var since = model - Domain.Values.Amounts.Cents(lastReport.Value.Point);
            if (end > last.At)
            {
                Row(table, run, actor, name, end, "—", "the model at the end");
            }

            table.Note(since == 0
                ? $"{name}: the model ends at the net worth last reported ({Dates.Iso(last.At)})."
                : $"{name}: the story's events after the report of {Dates.Iso(last.At)} move net worth by {Format.Change(since, MetricUnit.Usd)}, to {Format.Money(model)}: the model's figure, not a source's.");
        }

        table.Note("A report holds for its whole day: what else that day moves is absorbed by other holdings. From the next day on, the model's gains and losses move net worth from the reported figure.");
        yield return table.Build();
    }

    private static void Row(TableBuilder table, RunView run, ActorId actor, string name, DateOnly date, string reported, string source)
    {
        var model = run.At(actor, Metric.NetWorth, date);
        var other = run.LedgerOfActor(actor).Where(r => r.Account == Accounts.OtherHoldings && r.At <= date).Sum(r => r.Amount);
        table.Row(name, Dates.Iso(date), reported, Format.Money(model), Format.Money(model - other), Format.Money(other), source);
    }
}
