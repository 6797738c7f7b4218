using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Every claim and denial: who said what about whom, with what figure, and what became of it.</summary>
public static class ClaimsAnswer
{
    /// <summary>The table, or nothing when the run has no claims.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var claims = run.Events<ClaimMade>().ToList();
        if (claims.Count == 0)
        {
            yield break;
        }

        var end = run.Plan.Events.Max(e => e.At);
        var table = new TableBuilder("Claims and what became of them", "Date", "By", "About", "Says", "Figure", "Outcome", "Settled by", "Source");
        foreach (var (e, claim) in claims)
        {
            var resolutions = Resolutions(run, e, end).ToList();
            table.Row(
                Dates.Iso(e.At),
                run.World.NameOfParty(claim.By),
                run.World.NameOf(claim.Subject) + (claim.About is { } about ? $" ({run.World.NameOf(about)})" : string.Empty),
                (claim.Stance == ClaimStance.Denies ? "denies: " : string.Empty) + claim.Says,
                claim.Figure is { } f ? f.Render(Format.Money) : "—",
                resolutions.Count == 0 ? $"open at the end ({Dates.Iso(end)})" : string.Join("; then ", resolutions.Select(r => $"{Word(r.Body.Outcome)} on {Dates.Iso(r.Event.At)}")),
                resolutions.Count == 0 ? "—" : string.Join("; ", resolutions.Select(r => SettledBy(run, r.Event, r.Body))),
                RunView.Cite(e));
        }

        table.Note("A claim's figure stays beside the announced ones whatever became of it; the outcome says whether later events bore it out.");
        yield return table.Build();
    }

    /// <summary>The outcome of a claim as of <paramref name="date"/>, for a table cell: "contradicted on 2025-03-01 by …", or null while open.</summary>
    public static string? OutcomeAt(RunView run, ScheduledEvent claim, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(claim);
        var last = Resolutions(run, claim, date).LastOrDefault();
        return last.Event is null ? null : $"{Word(last.Body.Outcome)} on {Dates.Iso(last.Event.At)}" + (last.Body.By is { } by ? $" by {by}" : string.Empty);
    }

    private static IEnumerable<(ScheduledEvent Event, ClaimResolved Body)> Resolutions(RunView run, ScheduledEvent claim, DateOnly until) =>
        claim.Id is null ? [] : run.Events<ClaimResolved>().Where(r => r.Body.Claim == claim.Id && r.Event.At <= until);

    private static string SettledBy(RunView run, ScheduledEvent e, ClaimResolved resolved)
    {
        if (resolved.By is not { } by)
        {
            return $"{Word(resolved.Outcome)} ({RunView.Cite(e)})";
        }

        var settling = run.Event(by);
        return settling is null ? $"{by} ({RunView.Cite(e)})" : $"{by}: {run.Entry(settling.Seq).Description} ({RunView.Cite(settling)})";
    }

    private static string Word(ClaimOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
