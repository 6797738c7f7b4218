using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Charts;
using ScottPlot;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class MetricChartsTests
{
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public void A_metric_that_moved_is_drawn_as_a_png_and_the_same_run_gives_the_same_bytes()
    {
        var view = new RunView(Stories.Seed.Plan, Stories.Seed.Output);

        var first = MetricCharts.Render(view, Metric.H100eOnline);
        var second = MetricCharts.Render(view, Metric.H100eOnline);

        Assert.NotNull(first);
        Assert.Equal(PngMagic, first.Take(4));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Nothing_is_drawn_when_no_actor_moved_the_metric()
    {
        var view = RunSoFar.View(Stories.Seed.Plan, []);

        Assert.Null(MetricCharts.Render(view, Metric.NetWorth));
        Assert.Null(MetricCharts.Render(new RunView(Stories.Seed.Plan, Stories.Seed.Output), Metric.NetWorth, [new ActorId("abilene")]));
    }

    [Fact]
    public void Movers_are_the_actors_whose_metric_moved_largest_first()
    {
        var view = new RunView(Stories.Seed.Plan, Stories.Seed.Output);

        var movers = MetricCharts.Movers(view, Metric.GpusOnline);

        Assert.Equal(new ActorId("colossus"), movers[0]);
        Assert.DoesNotContain(ActorId.Outside, movers);
        Assert.All(movers, m => Assert.NotEmpty(view.Changes(m, Metric.GpusOnline)));
    }

    [Theory]
    [InlineData(Metric.NetWorth, @"^-?\$\d[\d,]*(\.\d+)?[kMBT]?$")]
    [InlineData(Metric.H100eOnline, @"^\d[\d,]*(\.\d+)?[kMB]? H100e$")]
    [InlineData(Metric.GpusOnline, @"^\d[\d,]*(\.\d+)?[kMB]? GPUs$")]
    public void Dates_sit_on_a_calendar_values_read_in_the_metric_s_unit_and_the_legend_names_every_line(string metric, string label)
    {
        var chart = MetricCharts.Build(new RunView(Stories.Seed.Plan, Stories.Seed.Output), metric)!;

        chart.Png();

        var dates = Stories.Seed.Output.Timeline.Select(t => ChartAxes.X(t.At)).ToHashSet();
        foreach (var plot in chart.Plots)
        {
            RenderedAxes.AssertCalendar(plot, RenderedAxes.BottomTicks(plot));
            var xs = Lines(plot).SelectMany(l => l.Data.GetScatterPoints()).Select(p => p.X).ToArray();
            Assert.All(xs, x => Assert.Contains(x, dates));
            RenderedAxes.AssertProportional(plot, xs);
            var labels = RenderedAxes.LeftLabels(plot);
            Assert.True(labels.Length >= 3, string.Join(", ", labels));
            Assert.All(labels, l => Assert.Matches(label, l));
            Assert.Equal(labels.Length, labels.Distinct().Count());
        }

        RenderedLegend.AssertNamesEverySeries(chart);
    }

    [Fact]
    public void The_seed_s_busy_week_is_drawn_again_close_up_under_the_whole_run()
    {
        var chart = MetricCharts.Build(new RunView(Stories.Seed.Plan, Stories.Seed.Output), Metric.NetWorth)!;

        var png = chart.Png();

        Assert.NotNull(chart.CloseUp);
        Assert.Equal(Lines(chart.Whole).Select(l => l.LegendText), Lines(chart.CloseUp).Select(l => l.LegendText));
        var limits = chart.CloseUp.Axes.GetLimits();
        Assert.InRange(ChartAxes.X(new DateOnly(2025, 1, 17)), limits.Left, limits.Right);
        Assert.InRange(ChartAxes.X(new DateOnly(2025, 1, 24)), limits.Left, limits.Right);
        Assert.True(limits.Left > ChartAxes.X(new DateOnly(2024, 12, 26)), "the close-up reaches back to the quiet years");
        Assert.Equal((ChartStyle.Width, ChartStyle.Height + Chart.CloseUpHeight), PngSize(png));
    }

    [Fact]
    public void Each_line_is_a_step_that_holds_the_actor_s_value_until_it_changes()
    {
        var view = new RunView(Stories.Seed.Plan, Stories.Seed.Output);
        var chart = MetricCharts.Build(view, Metric.NetWorth)!;
        var dates = Stories.Seed.Output.Timeline.Select(t => t.At).Distinct().Order().ToArray();

        foreach (var line in chart.Plots.SelectMany(Lines))
        {
            Assert.Equal(ConnectStyle.StepHorizontal, line.ConnectStyle);
            var actor = Assert.Single(view.World.Actors, a => a.Name == line.LegendText).Id;
            var points = line.Data.GetScatterPoints();
            Assert.Equal(ChartAxes.X(dates[0]), points[0].X);
            Assert.Equal(ChartAxes.X(dates[^1]), points[^1].X);
            foreach (var date in dates)
            {
                // The step's value at a date: that of its last point on or before it.
                var held = points.Last(p => p.X <= ChartAxes.X(date)).Y;
                Assert.Equal((double)view.At(actor, Metric.NetWorth, date), held);
            }
        }
    }

    /// <summary>Width and height from a PNG's header (its IHDR chunk, big-endian).</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    private static IEnumerable<ScottPlot.Plottables.Scatter> Lines(Plot plot) => plot.GetPlottables<ScottPlot.Plottables.Scatter>();

    [Fact]
    public void A_line_whose_value_at_the_end_is_not_exact_says_how_the_sources_stated_it()
    {
        var view = new RunView(Stories.Seed.Plan, Stories.Seed.Output);
        var chart = MetricCharts.Build(view, Metric.GpusPlanned)!;

        // Colossus: 200,000 online and 800,000+ more planned; Abilene's 700,000 is exact.
        var legends = chart.Plots.SelectMany(Lines).Select(l => l.LegendText).Distinct().ToList();
        Assert.Contains("Colossus (1,000,000+ at the end)", legends);
        Assert.Contains("Abilene campus", legends);
    }
}
