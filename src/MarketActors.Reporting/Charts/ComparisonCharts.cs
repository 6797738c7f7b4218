using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Comparison;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// One chart per metric that differs between two runs: each actor it differs for in a colour of its own, the left
/// run as a solid line (a marker on each change) and the right run as a dashed one, over the dates of both runs on a
/// calendar axis. The legend, under the plot, gives each actor's two lines side by side.
/// </summary>
public static class ComparisonCharts
{
    /// <summary>The most metrics charted.</summary>
    public const int MaxCharts = 6;

    /// <summary>The most actors drawn on one chart.</summary>
    public const int MaxActors = 4;

    /// <summary>The charts, as <c>compare-&lt;metric&gt;.png</c>, in catalog order of the metrics.</summary>
    public static IReadOnlyList<(string Name, byte[] Png)> Render(RunComparison comparison, string left, string right) =>
        [.. Build(comparison, left, right).Select(c => (c.Name, c.Chart.Png()))];

    /// <summary>The charts <see cref="Render"/> draws, by file name.</summary>
    internal static IReadOnlyList<(string Name, Chart Chart)> Build(RunComparison comparison, string left, string right)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var dates = comparison.Left.Output.Timeline.Concat(comparison.Right.Output.Timeline).Select(t => t.At).Distinct().Order().ToArray();
        if (dates.Length == 0)
        {
            return [];
        }

        var charts = new List<(string, Chart)>();
        foreach (var metric in comparison.Metrics.GroupBy(d => d.Metric).Take(MaxCharts))
        {
            var actors = metric
                .OrderByDescending(d => Math.Abs(d.Difference))
                .ThenBy(d => d.Actor.Value, StringComparer.Ordinal)
                .Take(MaxActors)
                .ToList();
            var chart = Chart.OverTime(
                dates,
                $"{ChangeSummary.Label(metric.Key) ?? metric.Key}: {left} (solid) and {right} (dashed)",
                Metric.UnitOf(metric.Key),
                plot => Lines(plot, comparison, actors, metric.Key, dates, left, right),
                group: 2);
            charts.Add(($"compare-{ChartStyle.Slug(metric.Key)}.png", chart));
        }

        return charts;
    }

    /// <summary>Each actor's line in the left run (solid) and the right one (dashed); returns their values.</summary>
    private static List<double> Lines(Plot plot, RunComparison comparison, List<MetricDifference> actors, string metric, DateOnly[] dates, string left, string right)
    {
        var values = new List<double>();
        for (var i = 0; i < actors.Count; i++)
        {
            foreach (var (run, label, dashed) in new[] { (comparison.Left, left, false), (comparison.Right, right, true) })
            {
                var line = MetricCharts.Step(plot, run, actors[i].Actor, metric, dates, ChartStyle.Colour(i), $"{actors[i].Name} ({label})", markers: !dashed);
                line.LinePattern = dashed ? LinePattern.Dashed : LinePattern.Solid;
                values.AddRange(line.Data.GetScatterPoints().Select(p => p.Y));
            }
        }

        return values;
    }
}
