using MarketActors.Reporting.Charts;
using ScottPlot;
using ScottPlot.Panels;

namespace MarketActors.Reporting.Tests.Charts;

/// <summary>Checks on the legend of a chart that has been rendered.</summary>
internal static class RenderedLegend
{
    /// <summary>
    /// No plot of the chart has a legend inside its data area; the last one has a legend panel under it, drawn
    /// whole between the data area and the bottom of the figure, each label given all the room it needs; and every
    /// series of every plot (each line, each set of bars, each marked line) has an item in it, by its name.
    /// </summary>
    public static void AssertNamesEverySeries(Chart chart)
    {
        var plots = chart.Plots.ToList();
        Assert.All(plots, p => Assert.False(p.Legend.IsVisible, "a legend inside the data area"));
        var last = plots[^1];
        var panel = Assert.Single(last.Axes.GetPanels().OfType<LegendPanel>());
        Assert.Equal(Edge.Bottom, panel.Edge);

        var items = last.Legend.GetItems();
        var named = items.Select(i => i.LabelText).ToHashSet();
        foreach (var plot in plots)
        {
            var series = Series(plot).ToList();
            Assert.NotEmpty(series);
            Assert.All(series, s => Assert.Contains(s, named));
        }

        Assert.Equal(named.Count, items.Length);
        using var paint = Paint.NewDisposablePaint();
        var layout = last.Legend.Layout.GetLayout(last.Legend, items, PixelSize.Infinity, paint);
        Assert.True(layout.LegendRect.Width <= ChartStyle.Width, $"the legend is {layout.LegendRect.Width} px wide");
        for (var i = 0; i < items.Length; i++)
        {
            var needed = items[i].LabelStyle.Measure(items[i].LabelText, paint).Width;
            Assert.True(layout.LabelRects[i].Width >= needed, $"'{items[i].LabelText}' is cut: {layout.LabelRects[i].Width} px for {needed} px");
            Assert.True(layout.LegendRect.Contains(layout.LabelRects[i].Center), $"'{items[i].LabelText}' lies outside the legend");
        }

        var render = last.RenderManager.LastRender;
        Assert.True(
            render.DataRect.Bottom + last.Legend.LastRenderSize.Height <= render.FigureRect.Bottom,
            $"the legend ({last.Legend.LastRenderSize.Height} px) does not fit under the data area (bottom {render.DataRect.Bottom} of {render.FigureRect.Bottom})");
    }

    /// <summary>The names of a plot's series: its lines, its marked lines and its sets of bars (by their legend's manual items when they have none of their own).</summary>
    private static IEnumerable<string> Series(Plot plot)
    {
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Scatter line:
                    yield return line.LegendText;
                    break;
                case ScottPlot.Plottables.VerticalLine mark:
                    yield return mark.LegendText;
                    break;
                case ScottPlot.Plottables.BarPlot bars when !string.IsNullOrEmpty(bars.LegendText):
                    yield return bars.LegendText;
                    break;
                case ScottPlot.Plottables.BarPlot bars:
                    foreach (var colour in bars.Bars.Select(b => b.FillColor).Distinct())
                    {
                        yield return Assert.Single(plot.Legend.ManualItems, i => i.FillColor == colour).LabelText;
                    }

                    break;
            }
        }
    }
}
