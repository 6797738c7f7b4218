using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// A legend laid out in as many equal columns as fit in a width, row by row, whatever room it is offered: a panel
/// beside the plot is sized from the same layout it is drawn with, so no item is cut off. With
/// <paramref name="group"/> above 1, the columns are a multiple of it, so that items that go together (one actor in
/// two runs) share a row.
/// </summary>
internal sealed class LegendColumns(float width, int group = 1) : ILegendLayout
{
    public LegendLayout GetLayout(Legend legend, LegendItem[] items, PixelSize maxSize, Paint paint)
    {
        var labels = items.Select(i => i.LabelStyle.Measure(i.LabelText, paint).Size).ToArray();
        var symbol = Math.Max(legend.SymbolWidth, items.Max(i => i.MarkerStyle.Size));
        var itemWidth = symbol + legend.SymbolPadding + labels.Max(l => l.Width);
        var itemHeight = Math.Max(labels.Max(l => l.Height), Math.Max(legend.SymbolHeight, items.Max(i => i.MarkerStyle.Size)));
        var gapX = legend.InterItemPadding.Right;
        var gapY = legend.InterItemPadding.Bottom;

        var columns = Columns(items.Length, (int)((width - legend.Padding.Horizontal + gapX) / (itemWidth + gapX)));
        var rows = (items.Length + columns - 1) / columns;
        var labelRects = new PixelRect[items.Length];
        var symbolRects = new PixelRect[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var left = legend.Padding.Left + ((i % columns) * (itemWidth + gapX));
            var top = legend.Padding.Top + ((i / columns) * (itemHeight + gapY));
            var itemSymbol = Math.Max(legend.SymbolWidth, items[i].MarkerStyle.Size);
            symbolRects[i] = new PixelRect(left, left + itemSymbol, top + itemHeight, top);
            labelRects[i] = new PixelRect(left + itemSymbol + legend.SymbolPadding, left + itemWidth, top + itemHeight, top);
        }

        var legendWidth = legend.Padding.Horizontal + (columns * itemWidth) + ((columns - 1) * gapX);
        var legendHeight = legend.Padding.Vertical + (rows * itemHeight) + ((rows - 1) * gapY);
        return new LegendLayout
        {
            LegendItems = items,
            LegendRect = new PixelRect(0, legendWidth, legendHeight, 0),
            LabelRects = labelRects,
            SymbolRects = symbolRects,
        };
    }

    /// <summary>
    /// Columns for <paramref name="count"/> items when <paramref name="fit"/> fit: rows as few as can be, then columns
    /// as few as fill them, in whole groups.
    /// </summary>
    private int Columns(int count, int fit)
    {
        var columns = Math.Clamp(fit, 1, count);
        if (group > 1 && columns > group)
        {
            columns -= columns % group;
        }

        var rows = (count + columns - 1) / columns;
        var needed = (count + rows - 1) / rows;
        if (group > 1 && needed > 1)
        {
            needed = (needed + group - 1) / group * group;
        }

        return Math.Min(columns, needed);
    }
}
