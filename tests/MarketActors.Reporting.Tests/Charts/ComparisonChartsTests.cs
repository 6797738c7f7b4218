using MarketActors.Reporting.Charts;
using MarketActors.Reporting.Comparison;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;
using ScottPlot;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class ComparisonChartsTests
{
    private static readonly Lazy<RunComparison> SeedAgainstOverlay = new(() =>
    {
        var overlaid = ScenarioLoader.Load(Paths.Seed, [Path.Combine(Paths.Root, "scenarios", "what-if", "x-debt-at-70.yaml")]);
        Assert.Empty(overlaid.Diagnostics);
        var plan = overlaid.Scenario!.Plan;
        return RunComparison.Of(new RunView(Stories.Seed.Plan, Stories.Seed.Output), new RunView(plan, ReferenceReplayer.Replay(plan)));
    });

    [Fact]
    public void Every_line_of_both_runs_has_a_legend_item_and_an_actor_s_two_lines_share_a_row()
    {
        var charts = ComparisonCharts.Build(SeedAgainstOverlay.Value, "stargate-2025.yaml", "x-debt-at-70.yaml");

        Assert.NotEmpty(charts);
        foreach (var (_, chart) in charts)
        {
            chart.Png();
            RenderedLegend.AssertNamesEverySeries(chart);
            foreach (var plot in chart.Plots)
            {
                RenderedAxes.AssertCalendar(plot, RenderedAxes.BottomTicks(plot));
                Assert.All(RenderedAxes.LeftLabels(plot), l => Assert.Matches(@"^-?\$\d[\d,]*(\.\d+)?[kMBT]?$", l));
            }

            var legend = chart.Plots.Last().Legend;
            var items = legend.GetItems();
            using var paint = Paint.NewDisposablePaint();
            var layout = legend.Layout.GetLayout(legend, items, PixelSize.Infinity, paint);
            for (var i = 0; i + 1 < items.Length; i += 2)
            {
                Assert.EndsWith("(stargate-2025.yaml)", items[i].LabelText, StringComparison.Ordinal);
                Assert.Equal(items[i].LabelText.Replace("stargate-2025.yaml", "x-debt-at-70.yaml", StringComparison.Ordinal), items[i + 1].LabelText);
                Assert.Equal(layout.LabelRects[i].Top, layout.LabelRects[i + 1].Top);
            }
        }
    }
}
