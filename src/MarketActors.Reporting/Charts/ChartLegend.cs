using ScottPlot;
using ScottPlot.Panels;

namespace MarketActors.Reporting.Charts;

/// <summary>Legends that hide nothing: under the plot, outside its data area, every series an item, in columns.</summary>
internal static class ChartLegend
{
    /// <summary>
    /// Shows the legend under the plot, its items in as many columns as fit in the chart's width (a multiple of
    /// <paramref name="group"/>, so that items that go together share a row).
    /// </summary>
    public static LegendPanel Below(Plot plot, int group = 1)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(10, 10, 6, 10);
        plot.Legend.Layout = new LegendColumns(ChartStyle.Width - panel.Padding.Horizontal, group);
        return panel;
    }
}
