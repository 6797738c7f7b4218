using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Every actor's capital and capacity at the end of the run.</summary>
public static class EndStateAnswer
{
    private static readonly string[] CapitalMetrics = [Metric.NetWorth, Metric.Cash, Metric.Valuation, Metric.StakesValue, Metric.DebtHeldValue, Metric.DebtOwedFace, Metric.CapitalAnnounced, Metric.CapitalPledged];
    private static readonly string[] CapacityMetrics = [Metric.GpusOnline, Metric.GpusPlanned, Metric.H100eOnline, Metric.H100ePlanned, Metric.PflopsOnline, Metric.PflopsPlanned, Metric.MwOnline, Metric.MwPlanned];
    private static readonly string[] PowerMetrics = [Metric.PowerOnline, Metric.PowerPlanned];

    /// <summary>The capital table and the capacity table.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var actors = run.Output.Actors.OrderBy(a => a.Id == Domain.Actors.ActorId.Outside).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        var capital = new TableBuilder("Capital at the end", "Actor", "Net worth", "Cash", "Valuation", "Stakes", "Debt held (market)", "Debt owed (face)", "Announced", "Pledged");
        foreach (var a in actors.Where(a => CapitalMetrics.Any(m => a.Metric(m) != 0)))
        {
            capital.Row([a.Name, .. CapitalMetrics.Select(m => Money(a, m))]);
        }

        capital.Note("Cash below zero is money spent whose origin the scenario does not model; 'outside' is everyone outside the scenario.");
        yield return capital.Build();

        var withPower = actors.Any(a => PowerMetrics.Any(m => a.Metric(m) != 0));
        string[] metrics = withPower ? [.. CapacityMetrics, .. PowerMetrics] : CapacityMetrics;
        var capacity = new TableBuilder("Compute at the end (own and rolled up)", ["Actor", "GPUs online", "GPUs planned", "H100e online", "H100e planned", "PFLOPS online", "PFLOPS planned", "GPU MW online", "GPU MW planned", .. withPower ? ["Power online", "Power planned"] : Array.Empty<string>()]);
        foreach (var a in actors.Where(a => metrics.Any(m => a.Metric(m) != 0)))
        {
            capacity.Row([a.Name, .. metrics.Select(m => Capacity.Cell(m, Stated(run, a, m)))]);
        }

        if (!capacity.Build().IsEmpty)
        {
            capacity.Note("Sites roll their GPUs and power up to their parent project, operator and owner.");
            capacity.Note("Figures are shown as the sources stated them (1,000,000+, ~3,700); GPU MW is the catalog's watts times the GPUs, apart from the sites' own power.");
            yield return capacity.Build();
        }
    }

    /// <summary>A metric at the end as stated, when the series knows how; otherwise the books' exact value.</summary>
    private static Domain.Values.Figure Stated(RunView run, ActorSnapshot actor, string metric) =>
        run.At(actor.Id, metric, DateOnly.MaxValue) == actor.Metric(metric) ? run.StatedAtEnd(actor.Id, metric) : Domain.Values.Figure.Of(actor.Metric(metric));

    private static string Money(ActorSnapshot actor, string metric) => actor.Metric(metric) is var v && v != 0 ? Format.Money(v) : "—";
}
