using System.Globalization;
using MarketActors.Reporting.Charts;
using ScottPlot;

namespace MarketActors.Reporting.Tests.Charts;

/// <summary>Checks on the axes of a plot that has been rendered (its ticks and pixels are those of the last render).</summary>
internal static class RenderedAxes
{
    /// <summary>
    /// The bottom axis is a calendar: each tick sits on the date its label names (a year, a month or a day, or in
    /// <paramref name="format"/> when given), a day is the same number of pixels everywhere on the axis, and each
    /// label fits between its neighbours.
    /// </summary>
    public static void AssertCalendar(Plot plot, Tick[] ticks, string? format = null)
    {
        Assert.IsType<ScottPlot.AxisPanels.DateTimeXAxis>(plot.Axes.Bottom);
        Assert.NotEmpty(ticks);
        var dates = ticks.Select(t => DateOnly.ParseExact(t.Label, format ?? Format(t.Label), CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(dates.Select(d => ChartAxes.X(d)), ticks.Select(t => t.Position));
        AssertProportional(plot, dates.Select(d => ChartAxes.X(d)).ToArray());

        using var paint = Paint.NewDisposablePaint();
        var pixels = ticks.Select(t => Pixel(plot, t.Position)).ToArray();
        for (var i = 1; i < ticks.Length; i++)
        {
            var room = pixels[i] - pixels[i - 1];
            var half = (Width(plot, ticks[i - 1].Label, paint) + Width(plot, ticks[i].Label, paint)) / 2;
            Assert.True(room >= half, $"labels {ticks[i - 1].Label} and {ticks[i].Label} overlap: {room:0.0} px apart, {half:0.0} px needed");
        }
    }

    /// <summary>Pixels per day are the same between any two of <paramref name="xs"/> (calendar coordinates).</summary>
    public static void AssertProportional(Plot plot, double[] xs)
    {
        var distinct = xs.Distinct().Order().ToArray();
        if (distinct.Length < 2)
        {
            return;
        }

        var perDay = (Pixel(plot, distinct[^1]) - Pixel(plot, distinct[0])) / (distinct[^1] - distinct[0]);
        Assert.True(perDay > 0, "the axis runs backwards");
        for (var i = 1; i < distinct.Length; i++)
        {
            var measured = Pixel(plot, distinct[i]) - Pixel(plot, distinct[i - 1]);
            Assert.Equal((distinct[i] - distinct[i - 1]) * perDay, measured, 0.01);
        }
    }

    /// <summary>The labels of the left axis' major ticks.</summary>
    public static string[] LeftLabels(Plot plot) => [.. plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label)];

    /// <summary>The major ticks of the bottom axis.</summary>
    public static Tick[] BottomTicks(Plot plot) => [.. plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor)];

    private static string Format(string label) => label.Length switch
    {
        4 => "yyyy",
        7 => "yyyy-MM",
        _ => "yyyy-MM-dd",
    };

    private static double Pixel(Plot plot, double x) => plot.GetPixel(new Coordinates(x, 0)).X;

    private static float Width(Plot plot, string label, Paint paint) => plot.Axes.Bottom.TickLabelStyle.Measure(label, paint).Width;
}
