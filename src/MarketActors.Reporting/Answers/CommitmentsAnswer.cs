using System.Globalization;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>
/// Each commitment released by capacity (commitment-made): what it commits, and every release, with the event that
/// brought the capacity online and what has been released so far against the total.
/// </summary>
public static class CommitmentsAnswer
{
    /// <summary>One table for all the commitments of the run, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var commitments = run.Events<CommitmentMade>().ToList();
        if (commitments.Count == 0)
        {
            yield break;
        }

        var table = new TableBuilder("Commitments released as capacity comes online", "Date", "From", "To", "Released", "So far", "Up to", "What brought it online", "Source");
        foreach (var (e, c) in commitments)
        {
            var key = e.Key;
            var from = run.World.NameOf(c.By);
            var to = run.World.NameOf(c.To);
            var upTo = Format.Money(c.UpTo.Point);
            var releases = run.LedgerOfActor(c.To)
                .Where(r => r.Actor == c.To && r.Book == Accounts.MemoBook && r.Account == Accounts.Funded && r.Memo == $"released under {key}")
                .ToList();
            var soFar = 0m;
            foreach (var release in releases)
            {
                soFar += release.Amount;
                var cause = run.EventAt(release.EventSeq)!;
                table.Row(Dates.Iso(release.At), from, to, Format.Money(release.Amount), Format.Money(soFar), upTo, cause.Body.Describe(run.World), RunView.Cite(cause));
            }

            if (releases.Count == 0)
            {
                table.Row(Dates.Iso(e.At), from, to, "—", Format.Money(0m), upTo, "nothing yet", RunView.Cite(e));
            }

            var buys = c.As == ReleaseAs.Investment ? $"as an investment in {to} at its valuation at the time" : $"as capital paid into {to}";
            table.Note($"{from} → {to} ({(e.Id is null ? string.Empty : e.Id + ", ")}{Dates.Iso(e.At)}): up to {upTo}, {c.Release.Render(Format.Money)} for each {c.Step} brought online after it "
                + $"at {to}'s sites and those that roll up to it, {buys}; {Format.Money(soFar)} released, {Format.Money(c.UpTo.Point - soFar)} still committed.");
        }

        yield return table.Build();
    }
}
