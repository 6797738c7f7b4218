using MarketActors.Reporting.Charts;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class RunChartsTests
{
    [Theory]
    [InlineData("compute.png", @"^\d[\d,]*(\.\d+)?[kMB]? H100e$")]
    [InlineData("capital.png", @"^\$\d[\d,]*(\.\d+)?[kMBT]?$")]
    [InlineData("net-worth.png", @"^-?\$\d[\d,]*(\.\d+)?[kMBT]?$")]
    public void Values_read_in_their_unit_and_the_legend_under_the_plot_names_every_series(string name, string label)
    {
        var chart = RunCharts.Build(new RunView(Stories.Seed.Plan, Stories.Seed.Output)).Single(c => c.Name == name).Chart;

        chart.Png();

        Assert.All(chart.Plots, p => Assert.All(RenderedAxes.LeftLabels(p), l => Assert.Matches(label, l)));
        RenderedLegend.AssertNamesEverySeries(chart);
    }
}
