using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Who holds the most compute on each date, in GPUs and H100-equivalents, and what each site holds at the end.</summary>
public static class ComputeAnswer
{
    /// <summary>The most sites listed per date.</summary>
    public const int SitesPerDate = 8;

    /// <summary>The by-date league table and the end-state table by model.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sites = run.Output.Actors.Where(a => !a.Capacity.IsDefaultOrEmpty).ToList();
        if (sites.Count == 0)
        {
            yield break;
        }

        var dates = sites.SelectMany(s => run.Changes(s.Id, Metric.GpusPlanned).Concat(run.Changes(s.Id, Metric.GpusOnline))).Distinct().Order().ToList();
        var league = new TableBuilder("Who holds the most compute, by date", "Date", "Site", "Operator", "GPUs online", "GPUs planned", "H100e online", "H100e planned", "Most");
        foreach (var date in dates)
        {
            var rows = sites
                .Select(s => (Site: s, Online: run.At(s.Id, Metric.GpusOnline, date), Planned: run.At(s.Id, Metric.GpusPlanned, date),
                    H100eOnline: run.At(s.Id, Metric.H100eOnline, date), H100ePlanned: run.At(s.Id, Metric.H100ePlanned, date)))
                .Where(r => r.Planned > 0 || r.Online > 0)
                .OrderByDescending(r => r.H100eOnline).ThenByDescending(r => r.H100ePlanned).ThenBy(r => r.Site.Id)
                .Take(SitesPerDate)
                .ToList();
            var leaders = new (string Label, Func<(Domain.Output.ActorSnapshot Site, decimal Online, decimal Planned, decimal H100eOnline, decimal H100ePlanned), decimal> Measure)[]
            {
                ("GPUs online", r => r.Online),
                ("GPUs planned", r => r.Planned),
                ("H100e online", r => r.H100eOnline),
                ("H100e planned", r => r.H100ePlanned),
            };
            foreach (var r in rows)
            {
                var leads = rows.Count < 2
                    ? []
                    : leaders.Where(l => l.Measure(r) > 0 && rows.All(o => o.Site == r.Site || l.Measure(o) < l.Measure(r))).Select(l => l.Label).ToList();
                var profile = run.World.Profile(r.Site.Id);
                league.Row(
                    Dates.Iso(date),
                    r.Site.Name,
                    profile.Operator is { } op ? run.World.NameOf(op) : "—",
                    Format.Number(r.Online, 0),
                    Format.Number(r.Planned, 0),
                    Format.Number(r.H100eOnline, 0),
                    Format.Number(r.H100ePlanned, 0),
                    string.Join(", ", leads));
            }
        }

        var basis = run.World.Gpus.FirstOrDefault(g => g.H100Equivalents == 1m)?.Name ?? "the catalog's basis";
        league.Note($"H100e: H100-equivalents, each GPU's dense BF16 throughput over the {basis}'s, from the scenario's catalog.");
        league.Note("Planned counts the whole plan, including GPUs already online.");
        yield return league.Build();

        var byModel = new TableBuilder("Compute at the end, by site and GPU model", "Site", "GPU", "Planned", "Under construction", "Online", "H100e per GPU", "MW planned");
        foreach (var site in sites)
        {
            foreach (var line in site.Capacity)
            {
                var gpu = run.World.Gpu(line.Gpu);
                byModel.Row(site.Name, line.Gpu, Format.Number(line.Planned, 0), Format.Number(line.Building, 0), Format.Number(line.Online, 0),
                    Format.Number(gpu.H100Equivalents, 2), Format.Number(line.Planned * gpu.Watts / 1_000_000m, 0));
            }
        }

        yield return byModel.Build();
    }
}
