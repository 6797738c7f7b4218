using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Charts;

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
}
