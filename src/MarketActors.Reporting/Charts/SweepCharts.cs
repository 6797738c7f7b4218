using System.Globalization;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Sweeps;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// The end values of a sweep's branches as histograms, one per metric, for the metrics that spread most for their
/// size, with the p5, p50 and p95 marked. Values are labelled in their unit, counts of branches in whole numbers, and
/// the legend sits under the plot.
/// </summary>
public static class SweepCharts
{
    /// <summary>The most metrics charted.</summary>
    public const int MaxCharts = 6;

    /// <summary>How many bars a histogram has.</summary>
    public const int Bins = 30;

    /// <summary>The charts, as <c>sweep-&lt;actor&gt;-&lt;metric&gt;.png</c>, widest spread first.</summary>
    public static IReadOnlyList<(string Name, byte[] Png)> Render(SweepResult sweep) =>
        [.. Build(sweep).Select(c => (c.Name, c.Plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png)))];

    /// <summary>The plots <see cref="Render"/> draws, by file name.</summary>
    internal static IReadOnlyList<(string Name, Plot Plot)> Build(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var charts = new List<(string, Plot)>();
        foreach (var spread in sweep.Spreads.OrderByDescending(Width).ThenBy(s => s.Actor.Value, StringComparer.Ordinal).ThenBy(s => s.Metric, StringComparer.Ordinal).Take(MaxCharts))
        {
            var unit = Metric.UnitOf(spread.Metric);
            var width = (spread.Max - spread.Min) / Bins;
            var counts = new double[Bins];
            foreach (var value in spread.Values)
            {
                counts[Math.Min(Bins - 1, (int)((value - spread.Min) / width))]++;
            }

            var plot = new Plot();
            var centres = Enumerable.Range(0, Bins).Select(i => (double)(spread.Min + ((i + 0.5m) * width))).ToArray();
            var bars = plot.Add.Bars(centres, counts);
            bars.LegendText = $"branches by end value ({Bins} bins)";
            foreach (var bar in bars.Bars)
            {
                bar.Size = (double)width * 0.9;
                bar.FillColor = ChartStyle.Colour(0);
                bar.LineWidth = 0;
            }

            foreach (var (value, label, colour) in new[] { (spread.P5, "p5", 3), (spread.P50, "p50", 1), (spread.P95, "p95", 3) })
            {
                var line = plot.Add.VerticalLine((double)value, 2, ChartStyle.Colour(colour));
                line.LegendText = $"{label} {Format.Value(value, unit)}";
                line.LinePattern = label == "p50" ? LinePattern.Solid : LinePattern.Dashed;
            }

            ChartAxes.Values(plot.Axes.Bottom, unit, [(double)spread.Min, (double)spread.Max]);
            ChartAxes.Counts(plot.Axes.Left);
            plot.Axes.Left.Label.Text = "branches";
            plot.Title($"{spread.Name}: {ChangeSummary.Label(spread.Metric) ?? spread.Metric} at the end, across {spread.Values.Length.ToString("N0", CultureInfo.InvariantCulture)} branches");
            ChartLegend.Below(plot);
            charts.Add(($"sweep-{ChartStyle.Slug(spread.Actor.Value)}-{ChartStyle.Slug(spread.Metric)}.png", plot));
        }

        return charts;
    }

    /// <summary>How wide a spread is for its size: 0 for none, up to 2 when it straddles zero.</summary>
    private static decimal Width(MetricSpread s) => (s.Max - s.Min) / Math.Max(Math.Max(Math.Abs(s.Min), Math.Abs(s.Max)), 1m);
}
