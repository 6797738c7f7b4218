using MarketActors.Reporting.Charts;
using MarketActors.Reporting.Sweeps;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class SweepChartsTests
{
    [Fact]
    public async Task Values_read_in_their_unit_branches_are_counted_in_whole_numbers_and_the_legend_names_every_series()
    {
        var sweep = await Sweep.RunAsync(Stories.Seed.Plan, 40, (p, ct) => Task.FromResult(ReferenceReplayer.Replay(p, cancellationToken: ct)), parallel: 2);

        var charts = SweepCharts.Build(sweep);

        Assert.NotEmpty(charts);
        foreach (var (_, plot) in charts)
        {
            var chart = Chart.Of(plot);
            chart.Png();
            var values = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray();
            Assert.True(values.Length >= 3, string.Join(", ", values));
            Assert.All(values, l => Assert.Matches(@"^-?\$\d[\d,]*(\.\d+)?[kMBT]?$", l));
            Assert.All(RenderedAxes.LeftLabels(plot), l => Assert.Matches(@"^\d+$", l));
            RenderedLegend.AssertNamesEverySeries(chart);
        }
    }
}
