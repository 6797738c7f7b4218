using System.Globalization;
using MarketActors.Reporting.Charts;
using ScottPlot;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class CalendarTicksTests
{
    [Theory]
    [InlineData("2025-01-21", "2025-01-21", "yyyy-MM-dd")]
    [InlineData("2025-01-17", "2025-01-24", "yyyy-MM-dd")]
    [InlineData("2024-12-26", "2025-01-22", "yyyy-MM-dd")]
    [InlineData("2025-01-14", "2025-06-30", "yyyy-MM")]
    [InlineData("2018-02-20", "2025-01-24", "yyyy")]
    [InlineData("1925-01-01", "2025-01-01", "yyyy")]
    public void Ticks_sit_on_their_dates_at_distances_proportional_to_time_and_their_labels_never_overlap(string first, string last, string format)
    {
        var plot = new Plot();
        var (from, to) = (DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture));
        plot.Add.ScatterLine(new[] { ChartAxes.X(from), ChartAxes.X(to) }, new[] { 0d, 1d });
        ChartAxes.Dates(plot, from, to);

        plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png);

        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).ToArray();
        Assert.IsType<CalendarTicks>(plot.Axes.Bottom.TickGenerator);
        Assert.NotEmpty(ticks);
        RenderedAxes.AssertCalendar(plot, ticks, format);
    }
}
