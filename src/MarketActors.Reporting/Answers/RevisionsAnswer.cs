using MarketActors.Domain.Events;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>
/// What became known after the fact: each figure a later disclosure revised (as known before, as revised, when each
/// became known, and the sources of both), and the events that were disclosed after they happened.
/// </summary>
public static class RevisionsAnswer
{
    /// <summary>A table of revisions and one of late disclosures, each only when the run has some.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var knownAt = run.Plan.KnownAt is { } at ? $"The story as known at {Dates.Iso(at)}: what was disclosed after that date is left out" : null;
        var revised = run.Plan.Events.Where(e => !e.Revisions.IsDefaultOrEmpty).ToList();
        if (revised.Count > 0)
        {
            var table = new TableBuilder("Figures revised after the fact", "Date", "Event", "Field", "As known before", "Known since", "Revised to", "Revised on", "Sources");
            foreach (var e in revised)
            {
                // A field's figure before a revision has been known since the event, or since the revision before.
                var since = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
                foreach (var revision in e.Revisions)
                {
                    foreach (var figure in revision.Figures)
                    {
                        table.Row(
                            Dates.Iso(e.At),
                            $"{e.Id} ({e.Type})",
                            figure.Field,
                            figure.Render(figure.Before),
                            Dates.Iso(since.GetValueOrDefault(figure.Field, e.KnownOn)),
                            figure.Render(figure.After),
                            Dates.Iso(revision.Known),
                            $"{RunView.Cite(e)}; revised by {string.Join(", ", revision.Sources)}");
                        since[figure.Field] = revision.Known;
                    }
                }
            }

            table.Note(knownAt is null
                ? "The story as later revised: every revised figure counts from its event's date, not from the date of the revision."
                : knownAt + ", and each event keeps the figures known then.");
            yield return table.Build();
        }

        var late = run.Plan.Events.Where(e => e.Known is not null && e.Body is not FigureRevised).ToList();
        if (late.Count > 0)
        {
            var table = new TableBuilder("Events disclosed after they happened", "Date", "Known", "Event", "Sources");
            foreach (var e in late)
            {
                table.Row(Dates.Iso(e.At), Dates.Iso(e.KnownOn), run.Entry(e.Seq).Description, RunView.Cite(e));
            }

            table.Note(knownAt is null
                ? "The story as later revised: each event counts from the date it happened, not from the date it became known."
                : knownAt + ".");
            yield return table.Build();
        }
    }
}
