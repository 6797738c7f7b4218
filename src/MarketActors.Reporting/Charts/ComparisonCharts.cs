using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Comparison;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// One chart per metric that differs between two runs: each actor it differs for in a colour of its own, the left
/// run as a solid line and the right run as a dashed one, over the dates of both runs (one step per date).
/// </summary>
public static class ComparisonCharts
{
    /// <summary>The most metrics charted.</summary>
    public const int MaxCharts = 6;

    /// <summary>The most actors drawn on one chart.</summary>
    public const int MaxActors = 4;

    /// <summary>The charts, as <c>compare-&lt;metric&gt;.png</c>, in catalog order of the metrics.</summary>
    public static IReadOnlyList<(string Name, byte[] Png)> Render(RunComparison comparison, string left, string right)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var dates = comparison.Left.Output.Timeline.Concat(comparison.Right.Output.Timeline).Select(t => t.At).Distinct().Order().ToArray();
        if (dates.Length == 0)
        {
            return [];
        }

        var charts = new List<(string, byte[])>();
        foreach (var metric in comparison.Metrics.GroupBy(d => d.Metric).Take(MaxCharts))
        {
            var actors = metric
                .OrderByDescending(d => Math.Abs(d.Difference))
                .ThenBy(d => d.Actor.Value, StringComparer.Ordinal)
                .Take(MaxActors)
                .ToList();
            var (scale, axis) = MetricCharts.Scale(Metric.UnitOf(metric.Key));
            var plot = new Plot();
            for (var i = 0; i < actors.Count; i++)
            {
                foreach (var (run, label, dashed) in new[] { (comparison.Left, left, false), (comparison.Right, right, true) })
                {
                    var line = MetricCharts.Step(plot, run, actors[i].Actor, metric.Key, dates, scale, ChartStyle.Colour(i), $"{actors[i].Name} ({label})");
                    line.MarkerSize = dashed ? 0 : 5;
                    line.LinePattern = dashed ? LinePattern.Dashed : LinePattern.Solid;
                }
            }

            MetricCharts.DateAxis(plot, dates, axis);
            plot.Title($"{ChangeSummary.Label(metric.Key) ?? metric.Key}: {left} (solid) and {right} (dashed)");
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
            charts.Add(($"compare-{ChartStyle.Slug(metric.Key)}.png", plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png)));
        }

        return charts;
    }
}
