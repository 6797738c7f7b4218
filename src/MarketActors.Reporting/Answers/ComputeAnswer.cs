using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>
/// Who holds the most compute on each date, in GPUs, H100-equivalents and (when sites state it) power, and what each
/// site holds at the end. Figures are shown as stated: a plan of 200k and 800k+ is 1,000,000+.
/// </summary>
public static class ComputeAnswer
{
    /// <summary>The most sites listed per date.</summary>
    public const int SitesPerDate = 8;

    private static readonly (string Label, string Metric)[] GpuColumns =
    [
        ("GPUs online", Metric.GpusOnline), ("GPUs planned", Metric.GpusPlanned), ("H100e online", Metric.H100eOnline), ("H100e planned", Metric.H100ePlanned),
    ];

    private static readonly (string Label, string Metric)[] PowerColumns = [("Power online", Metric.PowerOnline), ("Power planned", Metric.PowerPlanned)];

    /// <summary>The by-date league table, the end-state table by model and, when sites state power, the power table.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sites = run.Output.Actors.Where(a => !a.Capacity.IsDefaultOrEmpty || a.Power is not null).ToList();
        if (sites.Count == 0)
        {
            yield break;
        }

        var withPower = sites.Any(s => s.Power is not null);
        (string Label, string Metric)[] columns = withPower ? [.. GpuColumns, .. PowerColumns] : GpuColumns;
        var dates = sites.SelectMany(s => columns.SelectMany(c => run.Changes(s.Id, c.Metric))).Distinct().Order().ToList();
        var league = new TableBuilder("Who holds the most compute, by date", ["Date", "Site", "Operator", .. columns.Select(c => c.Label), "Most"]);
        foreach (var date in dates)
        {
            var rows = sites
                .Select(s => (Site: s, Values: columns.Select(c => run.At(s.Id, c.Metric, date)).ToArray()))
                .Where(r => r.Values.Any(v => v > 0))
                .OrderByDescending(r => r.Values[2]).ThenByDescending(r => r.Values[3]).ThenBy(r => r.Site.Id)
                .Take(SitesPerDate)
                .ToList();
            foreach (var r in rows)
            {
                var leads = rows.Count < 2
                    ? []
                    : columns.Select((c, i) => (c.Label, i)).Where(c => r.Values[c.i] > 0 && rows.All(o => o.Site == r.Site || o.Values[c.i] < r.Values[c.i])).Select(c => c.Label).ToList();
                var profile = run.World.Profile(r.Site.Id);
                league.Row(
                [
                    Dates.Iso(date),
                    r.Site.Name,
                    profile.Operator is { } op ? run.World.NameOf(op) : "—",
                    .. columns.Select(c => Capacity.Cell(c.Metric, run.Stated(r.Site.Id, c.Metric, date))),
                    string.Join(", ", leads),
                ]);
            }
        }

        var basis = run.World.Gpus.FirstOrDefault(g => g.H100Equivalents == 1m)?.Name;
        league.Note($"H100e: H100-equivalents, each GPU's dense BF16 throughput over {(basis is null ? "the catalog's basis" : "the " + basis + "'s")}, from the scenario's catalog.");
        league.Note("Planned counts the whole plan, including GPUs already online.");
        league.Note("Figures are shown as the sources stated them: a plan of 200,000 and 800,000+ is 1,000,000+; ~ is approximate; a range shows both ends.");
        if (withPower)
        {
            league.Note("Power is the sites' own (power-planned, power-deployed), apart from the GPUs' watts; planned counts the whole plan, including power online.");
        }

        foreach (var note in UnstatedNotes(sites))
        {
            league.Note(note);
        }

        yield return league.Build();

        var byModel = new TableBuilder("Compute at the end, by site and GPU model", "Site", "GPU", "Planned", "Under construction", "Online", "H100e per GPU", "GPU MW planned");
        foreach (var site in sites)
        {
            foreach (var line in site.Capacity)
            {
                var unstated = line.Gpu == GpuModel.Unstated;
                var gpu = unstated ? null : run.World.Gpu(line.Gpu);
                byModel.Row(site.Name, Capacity.Model(line.Gpu), Capacity.Count(line.PlannedFigure), Capacity.Count(line.BuildingFigure), Capacity.Count(line.OnlineFigure),
                    gpu is null ? "—" : Format.Number(gpu.H100Equivalents, 2), gpu is null ? "—" : Capacity.Count(line.PlannedFigure.Scale(gpu.Watts / 1_000_000m)));
            }
        }

        if (sites.Any(s => s.Capacity.Any(l => l.Gpu == GpuModel.Unstated)))
        {
            byModel.Note("GPU 'not stated': the sources give no model; they count as GPUs and add nothing to H100e, PFLOPS or MW.");
        }

        if (!byModel.Build().IsEmpty)
        {
            yield return byModel.Build();
        }

        if (withPower)
        {
            var power = new TableBuilder("Power at the end, by site", "Site", "Planned", "Under construction", "Online", "GPU MW planned");
            foreach (var site in sites.Where(s => s.Power is not null))
            {
                var line = site.Power!;
                power.Row(site.Name, Capacity.Power(line.PlannedFigure), Capacity.Power(line.BuildingFigure), Capacity.Power(line.OnlineFigure),
                    site.Metric(Metric.MwPlanned) != 0 ? Capacity.Count(run.StatedAtEnd(site.Id, Metric.MwPlanned)) : "—");
            }

            power.Note("A site's own power, planned and brought online apart from its GPUs; GPU MW is the catalog's watts times the GPUs planned, for comparison.");
            yield return power.Build();
        }
    }

    /// <summary>For each site with GPUs of no stated model, how many there are at the end.</summary>
    private static IEnumerable<string> UnstatedNotes(IEnumerable<ActorSnapshot> sites)
    {
        foreach (var site in sites)
        {
            if (site.Capacity.FirstOrDefault(l => l.Gpu == GpuModel.Unstated) is { } line)
            {
                yield return $"{site.Name}: {Capacity.Count(line.OnlineFigure)} GPUs online and {Capacity.Count(line.PlannedFigure)} planned have no stated model; "
                    + "they count in GPUs but add nothing to H100e, PFLOPS or MW.";
            }
        }
    }
}
