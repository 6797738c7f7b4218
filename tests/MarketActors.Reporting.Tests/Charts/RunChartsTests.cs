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

    [Fact]
    public void A_bar_is_labelled_with_its_value_as_the_sources_stated_it()
    {
        var chart = RunCharts.Build(new RunView(Stories.Seed.Plan, Stories.Seed.Output)).Single(c => c.Name == "compute.png").Chart;

        // Colossus's plan in H100-equivalents: 200,000 H100s online and 800,000+ more planned, 1 H100e each.
        var labels = chart.Plots.SelectMany(p => p.GetPlottables<ScottPlot.Plottables.BarPlot>()).SelectMany(b => b.Bars).Select(b => b.Label).ToList();
        Assert.Contains("1,000,000+", labels);
        Assert.Contains("2,780,586.5", labels); // Abilene's plan is exact
    }
}
