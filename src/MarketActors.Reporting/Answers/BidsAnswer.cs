using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Each bid for a company and what became of it: completed by an acquisition, rejected, withdrawn, lapsed, or still open.</summary>
public static class BidsAnswer
{
    /// <summary>One table of every bid of the run, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var bids = run.Events<BidMade>().ToList();
        if (bids.Count == 0)
        {
            yield break;
        }

        var table = new TableBuilder("Bids and what became of them", "Date", "Target", "Bidders", "Price", "For", "Outcome", "Source");
        foreach (var (e, bid) in bids)
        {
            var key = e.Key;
            var completed = run.Events<CompanyAcquired>().Where(a => a.Body.Completes == key)
                .Select(a => $"completed on {Dates.Iso(a.Event.At)}: {a.Body.Describe(run.World)} ({RunView.Cite(a.Event)})");
            var closed = run.Events<OfferClosed>().Where(c => c.Body.Offer == key)
                .Select(c => $"{c.Body.Outcome.ToString().ToLowerInvariant()} on {Dates.Iso(c.Event.At)}" + (c.Body.Reason is null ? string.Empty : $" ({c.Body.Reason})") + $" ({RunView.Cite(c.Event)})");
            table.Row(
                Dates.Iso(e.At),
                run.World.NameOf(bid.Target),
                string.Join(", ", bid.Bidders.Select(run.World.NameOf)),
                bid.Price.Render(Format.Money),
                Format.Percent(bid.Stake),
                completed.Concat(closed).FirstOrDefault() ?? "open",
                RunView.Cite(e));
        }

        table.Note("A bid moves no money and no shares; only the acquisition that completes it does.");
        yield return table.Build();
    }
}
