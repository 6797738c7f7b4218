using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Comparison;
using MarketActors.Reporting.Files;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Reporting.Tests;

public sealed class ComparisonTests
{
    private const decimal B = 1_000_000_000m;
    private static readonly string SeedText = File.ReadAllText(Paths.Seed);
    private static readonly DateOnly MarkDate = new(2024, 9, 30);

    [Fact]
    public void A_run_compared_with_itself_is_the_same()
    {
        var comparison = RunComparison.Of(View(SeedText), View(SeedText));

        Assert.True(comparison.Identical);
        Assert.Empty(comparison.Metrics);
        Assert.Empty(comparison.Events);
    }

    [Fact]
    public void A_higher_mark_of_x_moves_its_holders_by_their_stakes_from_the_day_of_the_mark()
    {
        var higher = SeedText.Replace("    value: 9.4B\n", "    value: 12B\n", StringComparison.Ordinal);
        Assert.NotEqual(SeedText, higher);

        var comparison = RunComparison.Of(View(SeedText), View(higher));

        // The mark rises by $2.6B; Musk holds 79% of X and the co-investors 21% (F20 and the seed's note).
        var valuation = Single(comparison, "x-corp", Metric.Valuation);
        Assert.Equal((9.4m * B, 12m * B, 2.6m * B), (valuation.Left, valuation.Right, valuation.Difference));
        Assert.Equal(0.79m * 2.6m * B, Single(comparison, "musk", Metric.StakesValue).Difference);
        Assert.Equal(0.21m * 2.6m * B, Single(comparison, "x-co-investors", Metric.StakesValue).Difference);
        Assert.All(comparison.Metrics, d => Assert.Equal(MarkDate, d.ApartFrom));

        // Musk's net worth is reported on 2025-01-24 whatever X is worth: apart after the mark, the same at the end.
        var worth = Single(comparison, "musk", Metric.NetWorth);
        Assert.Equal(0m, worth.Difference);
        Assert.NotNull(worth.ApartUntil);
        Assert.True(worth.ApartUntil < new DateOnly(2025, 1, 24));
        Assert.Null(valuation.ApartUntil);

        // The mark itself moved things differently; so did the report of Musk's net worth that reconciles it.
        Assert.Equal(["x-mark", null], comparison.Events.Select(e => e.Left!.Id));
        Assert.Equal([MarkDate, new DateOnly(2025, 1, 24)], comparison.Events.Select(e => e.At));
    }

    [Fact]
    public void An_event_only_one_run_has_is_listed_with_the_run_that_has_it()
    {
        // The lawsuit of 2024-02-29 has no id: it is matched by date, type and description.
        const string Lawsuit = "  - at: 2024-02-29\n    type: lawsuit-filed\n";
        var start = SeedText.IndexOf(Lawsuit, StringComparison.Ordinal);
        var end = SeedText.IndexOf("\n\n", start, StringComparison.Ordinal);
        var without = SeedText.Remove(start, end + 2 - start);

        var removed = RunComparison.Of(View(SeedText), View(without));
        var added = RunComparison.Of(View(without), View(SeedText));

        var only = Assert.Single(removed.Events);
        Assert.Equal(("lawsuit-filed", new DateOnly(2024, 2, 29)), (only.Left!.Type, only.At));
        Assert.Null(only.Right);
        var back = Assert.Single(added.Events);
        Assert.Null(back.Left);
        Assert.Equal(only.Left.Description, back.Right!.Description);
    }

    [Fact]
    public void The_csv_holds_each_difference_exactly_and_the_markdown_names_both_runs()
    {
        var higher = SeedText.Replace("    value: 9.4B\n", "    value: 12B\n", StringComparison.Ordinal);
        var comparison = RunComparison.Of(View(SeedText), View(higher));

        var files = ComparisonFiles.Render(comparison, "base.yaml", "what-if.yaml").ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));

        var csv = files["compare.csv"].Split('\n');
        Assert.Equal("actor,metric,left,right,difference,apart_from,apart_until", csv[0]);
        Assert.Contains("x-corp,valuation,9400000000,12000000000,2600000000,2024-09-30,", csv);
        Assert.Equal(comparison.Metrics.Length + 2, csv.Length);
        Assert.StartsWith("# base.yaml compared with what-if.yaml\n", files["compare.md"], StringComparison.Ordinal);
        Assert.Contains("| X Corp | valuation | $9.4B | $12B | +$2.6B | since 2024-09-30 |", files["compare.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_metric_that_differs_gets_a_chart_drawn_the_same_way_every_time()
    {
        var higher = SeedText.Replace("    value: 9.4B\n", "    value: 12B\n", StringComparison.Ordinal);
        var comparison = RunComparison.Of(View(SeedText), View(higher));

        var first = ComparisonFiles.Render(comparison, "base.yaml", "what-if.yaml");
        var second = ComparisonFiles.Render(RunComparison.Of(View(SeedText), View(higher)), "base.yaml", "what-if.yaml");
        var same = ComparisonFiles.Render(RunComparison.Of(View(SeedText), View(SeedText)), "base.yaml", "what-if.yaml");

        var charts = first.Where(f => f.Path.StartsWith("charts/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            comparison.Metrics.Select(m => m.Metric).Distinct().Select(m => $"charts/compare-{m.Replace('.', '-')}.png").Order(StringComparer.Ordinal),
            charts.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.All(charts, c => Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, c.Bytes[..4]));
        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), second.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
        Assert.DoesNotContain(same, f => f.Path.StartsWith("charts/", StringComparison.Ordinal));
        Assert.Contains("The two runs are the same", System.Text.Encoding.UTF8.GetString(same.Single(f => f.Path == "compare.md").Bytes), StringComparison.Ordinal);
    }

    private static MetricDifference Single(RunComparison comparison, string actor, string metric) =>
        Assert.Single(comparison.Metrics, d => d.Actor == new ActorId(actor) && d.Metric == metric);

    private static RunView View(string text)
    {
        var loaded = ScenarioLoader.CompileAndCheck(text, "story.yaml");
        Assert.Empty(loaded.Diagnostics);
        var plan = loaded.Scenario!.Plan;
        return new RunView(plan, ReferenceReplayer.Replay(plan));
    }
}
