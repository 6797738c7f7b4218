using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>How much of each project's capital is announced, pledged, committed, funded and contested, by date.</summary>
public static class CapitalAnswer
{
    private static readonly string[] Stages = [Metric.CapitalAnnounced, Metric.CapitalPledged, Metric.CapitalCommitted, Metric.CapitalFunded, Metric.CapitalContested];

    /// <summary>One table per project whose capital moved.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var actor in run.World.Actors)
        {
            var dates = Stages.SelectMany(m => run.Changes(actor.Id, m)).Distinct().Order().ToList();
            if (dates.Count == 0)
            {
                continue;
            }

            var claims = run.Events<ClaimMade>().Where(c => c.Body.Subject == actor.Id && c.Body.Figure is not null).ToList();
            var table = new TableBuilder($"Capital of {actor.Name} by date", "Date", "Announced", "Pledged", "Committed", "Funded", "Contested");
            foreach (var date in dates)
            {
                var contested = claims.Where(c => c.Event.At <= date).Select(c => Describe(c.Event, c.Body, run.World) + Outcome(run, c.Event, date)).LastOrDefault() ?? "—";
                table.Row(
                    Dates.Iso(date),
                    Money(run.At(actor.Id, Metric.CapitalAnnounced, date)),
                    Money(run.At(actor.Id, Metric.CapitalPledged, date)),
                    Money(run.At(actor.Id, Metric.CapitalCommitted, date)),
                    Money(run.At(actor.Id, Metric.CapitalFunded, date)),
                    contested);
            }

            table.Note("Announced is the headline; pledged, committed and funded are the stages real money goes through.");
            if (claims.Count > 0)
            {
                table.Note("Contested figures are claims kept beside the announced ones, never in their place; each says what became of it by that date.");
            }

            yield return table.Build();
        }
    }

    private static string Describe(ScheduledEvent e, ClaimMade claim, INameLookup names) =>
        $"{claim.Figure!.Value.Render(Format.Money)}"
        + (claim.About is { } about ? $" secured by {names.NameOf(about)}" : string.Empty)
        + $", says {names.NameOfParty(claim.By)} ({RunView.Cite(e)})";

    private static string Outcome(RunView run, ScheduledEvent claim, DateOnly date) =>
        ClaimsAnswer.OutcomeAt(run, claim, date) is { } outcome ? $"; {outcome}" : "; open";

    private static string Money(decimal value) => value == 0 ? "—" : Format.Money(value);
}
