using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Models' training costs set against the largest capital announced in the run.</summary>
public static class ModelsAnswer
{
    /// <summary>The table, or nothing when no model reports a training cost.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var models = run.Events<ModelReleased>().Where(m => m.Body.TrainingCost is not null).ToList();
        if (models.Count == 0)
        {
            yield break;
        }

        var biggest = run.Output.Actors
            .Select(a => (Actor: a, Announced: a.Metric(Metric.CapitalAnnounced), Pledged: a.Metric(Metric.CapitalPledged)))
            .Where(a => a.Announced > 0)
            .OrderByDescending(a => a.Announced)
            .ThenBy(a => a.Actor.Id)
            .FirstOrDefault();
        var columns = new List<string> { "Date", "Company", "Model", "Training cost" };
        if (biggest.Actor is not null)
        {
            columns.Add($"{biggest.Actor.Name} announced ({Format.Money(biggest.Announced)})");
            if (biggest.Pledged > 0)
            {
                columns.Add($"{biggest.Actor.Name} pledged ({Format.Money(biggest.Pledged)})");
            }
        }

        var table = new TableBuilder("Training costs against the capital being raised", [.. columns]);
        foreach (var (e, model) in models)
        {
            var cost = model.TrainingCost!.Value;
            var cells = new List<string> { Dates.Iso(e.At), run.World.NameOf(model.Company), model.Model, cost.Render(Format.Money) };
            if (biggest.Actor is not null)
            {
                cells.Add(Times(biggest.Announced, cost.Point));
                if (biggest.Pledged > 0)
                {
                    cells.Add(Times(biggest.Pledged, cost.Point));
                }
            }

            table.Row([.. cells]);
        }

        table.Note("Each multiple is how many such training runs the capital would pay for.");
        yield return table.Build();
    }

    private static string Times(decimal capital, decimal cost) => cost <= 0 ? "—" : Format.Number(capital / cost, 0) + "×";
}
