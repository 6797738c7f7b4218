using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// Pictures of a run, as PNG: compute by site (online against planned), capital of each project by stage, and
/// net worth over time. Values are labelled in their unit, legends sit under the plots. Same run, same bytes: no
/// clock, no random colours, fixed sizes.
/// </summary>
public static class RunCharts
{
    /// <summary>The charts that have something to show, by file name.</summary>
    public static IReadOnlyList<(string Name, byte[] Png)> Render(RunView run) =>
        [.. Build(run).Select(c => (c.Name, c.Chart.Png()))];

    /// <summary>The charts <see cref="Render"/> draws, by file name.</summary>
    internal static IReadOnlyList<(string Name, Chart Chart)> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var charts = new List<(string, Chart)>();
        if (Compute(run) is { } compute)
        {
            charts.Add(("compute.png", Chart.Of(compute)));
        }

        if (Capital(run) is { } capital)
        {
            charts.Add(("capital.png", Chart.Of(capital)));
        }

        if (MetricCharts.Build(run, Metric.NetWorth, title: "Net worth in the model (held to a reported figure on its day)") is { } netWorth)
        {
            charts.Add(("net-worth.png", netWorth));
        }

        return charts;
    }

    private static Plot? Compute(RunView run)
    {
        var sites = run.Output.Actors.Where(a => !a.Capacity.IsDefaultOrEmpty).ToList();
        if (sites.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        var series = new (string Label, string Metric)[] { ("Online", Metric.H100eOnline), ("Planned (whole plan)", Metric.H100ePlanned) };
        Grouped(plot, [.. sites.Select(s => s.Name)], [.. series.Select((m, i) => (m.Label, sites.Select(s => s.Metric(m.Metric)).ToArray(), Labels(run, sites, m.Metric), ChartStyle.Colour(i)))], MetricUnit.H100e);
        plot.Title("Compute by site, in H100-equivalents");
        return plot;
    }

    private static Plot? Capital(RunView run)
    {
        var stages = new (string Label, string Metric)[]
        {
            ("Announced", Metric.CapitalAnnounced), ("Pledged", Metric.CapitalPledged), ("Committed", Metric.CapitalCommitted),
            ("Funded", Metric.CapitalFunded), ("Contested (claimed)", Metric.CapitalContested),
        };
        var projects = run.Output.Actors.Where(a => stages.Any(s => a.Metric(s.Metric) != 0)).ToList();
        if (projects.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        Grouped(plot, [.. projects.Select(p => p.Name)], [.. stages.Select((s, i) => (s.Label, projects.Select(p => p.Metric(s.Metric)).ToArray(), Labels(run, projects, s.Metric), ChartStyle.Colour(i)))], MetricUnit.Usd);
        plot.Title("Capital by stage, at the end of the run");
        return plot;
    }

    /// <summary>Each actor's value at the end, as the sources stated it (1,000,000+), for the bars' labels.</summary>
    private static string[] Labels(RunView run, IEnumerable<ActorSnapshot> actors, string metric) =>
        [.. actors.Select(a => MetricCharts.Stated(run, a.Id, metric) ?? Format.Value(a.Metric(metric), Metric.UnitOf(metric)))];

    private static void Grouped(Plot plot, string[] groups, (string Label, decimal[] Values, string[] Labels, Color Color)[] series, MetricUnit unit)
    {
        var width = 0.8 / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            for (var g = 0; g < groups.Length; g++)
            {
                var value = series[s].Values[g];
                plot.Add.Bar(new Bar
                {
                    Position = g - 0.4 + (width * (s + 0.5)),
                    Value = (double)value,
                    Size = width * 0.95,
                    FillColor = series[s].Color,
                    Label = value == 0 ? string.Empty : series[s].Labels[g],
                });
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Label, FillColor = series[s].Color });
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, groups.Length).Select(i => (double)i)], groups);
        ChartAxes.Values(plot.Axes.Left, unit, series.SelectMany(s => s.Values).Select(v => (double)v).Append(0));
        plot.Axes.Margins(bottom: 0);
        ChartLegend.Below(plot);
    }
}
