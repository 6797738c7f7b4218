using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Each all-stock merger: the companies combined, the value each brought and the share of the whole it became.</summary>
public static class MergersAnswer
{
    /// <summary>One table of every merger of the run, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var mergers = run.Events<CompaniesMerged>().ToList();
        if (mergers.Count == 0)
        {
            yield break;
        }

        var table = new TableBuilder("All-stock mergers", "Date", "Combined company", "Company", "Value in the deal", "Share of the whole", "Source");
        foreach (var (e, merger) in mergers)
        {
            foreach (var company in merger.Values)
            {
                table.Row(
                    Dates.Iso(e.At),
                    run.World.NameOf(merger.Into),
                    run.World.NameOf(company.Actor),
                    Format.Money(company.Value),
                    Format.Percent(company.Value / merger.Combined),
                    RunView.Cite(e));
            }

            table.Note($"{Dates.Iso(e.At)}: {run.World.NameOf(merger.Into)} is worth {Format.Money(merger.Combined)}; each company's holders hold that share of it, scaled by what they held.");
        }

        table.Note("No cash comes in: the combined company takes over the absorbed companies' cash, stakes and debts as they stood.");
        yield return table.Build();
    }
}
