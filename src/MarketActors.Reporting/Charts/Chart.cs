using MarketActors.Domain.Metrics;
using ScottPlot;
using ScottPlot.MultiplotLayouts;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// A chart of values over a run's dates: the whole run on a calendar axis and, when the run crowds its dates into
/// a short stretch (<see cref="Reporting.Charts.CloseUp"/>), the same lines again under it, close up on that stretch.
/// The legend sits under the last plot, outside the data areas.
/// </summary>
internal sealed class Chart
{
    /// <summary>The height of the close-up under the whole run.</summary>
    public const int CloseUpHeight = 300;

    private Chart(Plot whole, Plot? closeUp)
    {
        Whole = whole;
        CloseUp = closeUp;
    }

    /// <summary>The whole run.</summary>
    public Plot Whole { get; }

    /// <summary>The crowded stretch, close up, or null.</summary>
    public Plot? CloseUp { get; }

    /// <summary>The plots, top to bottom.</summary>
    public IEnumerable<Plot> Plots => CloseUp is null ? [Whole] : [Whole, CloseUp];

    /// <summary>A chart of one plot.</summary>
    public static Chart Of(Plot plot) => new(plot, null);

    /// <summary>
    /// Draws <paramref name="draw"/> (which adds the lines to a plot and returns their values) over
    /// <paramref name="dates"/>, values labelled in <paramref name="unit"/>, the legend in columns that are a multiple
    /// of <paramref name="group"/>.
    /// </summary>
    public static Chart OverTime(IReadOnlyList<DateOnly> dates, string title, MetricUnit unit, Func<Plot, IEnumerable<double>> draw, int group = 1)
    {
        var whole = new Plot();
        var values = draw(whole).ToList();
        ChartAxes.Dates(whole, dates[0], dates[^1]);
        ChartAxes.Values(whole.Axes.Left, unit, values);
        whole.Title(title);
        if (Charts.CloseUp.Of(dates) is not { } stretch)
        {
            ChartLegend.Below(whole, group);
            return new Chart(whole, null);
        }

        var closeUp = new Plot();
        draw(closeUp);
        ChartAxes.Dates(closeUp, stretch.First, stretch.Last);
        ChartAxes.Values(closeUp.Axes.Left, unit, values);
        closeUp.Title($"Close-up: {Dates.Iso(stretch.First)} to {Dates.Iso(stretch.Last)}, {stretch.Dates} of the {dates.Count} dates", 13);
        whole.HideLegend();
        ChartLegend.Below(closeUp, group);
        return new Chart(whole, closeUp);
    }

    /// <summary>The chart as PNG: <see cref="ChartStyle.Width"/> wide, taller by <see cref="CloseUpHeight"/> with a close-up.</summary>
    public byte[] Png()
    {
        if (CloseUp is null)
        {
            return Whole.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png);
        }

        var multiplot = new Multiplot(Whole);
        multiplot.AddPlot(CloseUp);
        var rows = new DraggableRows();
        rows.SetHeights([ChartStyle.Height - 60, CloseUpHeight + 60]);
        multiplot.Layout = rows;
        using var image = multiplot.Render(ChartStyle.Width, ChartStyle.Height + CloseUpHeight);
        return image.GetImageBytes(ImageFormat.Png);
    }
}
