using System.Text.Json;
using MarketActors.Domain.Values;
using MarketActors.Reporting.Answers;
using MarketActors.Reporting.Files;
using MarketActors.Reporting.Tests.Answers;

namespace MarketActors.Reporting.Tests.Files;

public sealed class TimelineJsonTests
{
    [Fact]
    public void The_seed_keeps_colossus_s_1_000_000_plus_in_the_timeline_the_series_keeps_the_point()
    {
        // Colossus: 200,000 H100 online (the plan becomes 200,000), then 800k+ planned: 1,000,000+.
        var seed = Stories.Seed;
        using var timeline = JsonDocument.Parse(TimelineJson.Write(seed.Plan, seed.Output));

        var deltas = timeline.RootElement.GetProperty("events").EnumerateArray()
            .SelectMany(e => e.GetProperty("deltas").EnumerateArray())
            .Where(d => d.GetProperty("actor").GetString() == "colossus" && d.GetProperty("metric").GetString() == "gpus.planned")
            .ToList();
        Assert.Equal(2, deltas.Count);
        Assert.False(deltas[0].TryGetProperty("stated", out _)); // 200,000, exact
        Assert.Equal((800_000m, 1_000_000m, "1000000+"), (deltas[1].GetProperty("change").GetDecimal(), deltas[1].GetProperty("after").GetDecimal(), deltas[1].GetProperty("stated").GetString()));

        // series.csv: one number per point, the value the rules use.
        Assert.Contains("colossus,gpus.planned,2025-01-22,1000000\n", SeriesCsv.Write(seed.Output), StringComparison.Ordinal);

        // And the reports show it as stated: xAI, which Colossus rolls up to, too.
        var league = ComputeAnswer.Build(seed.View).Titled("Who holds the most compute");
        Assert.Equal("1,000,000+", league.Cells(Assert.Single(league.Rows, r => r[0] == "2025-01-22" && r[1] == "Colossus"))["GPUs planned"]);
        Assert.Equal("1,000,000+", EndStateAnswer.Build(seed.View).Titled("Compute at the end").Row("xAI")["GPUs planned"]);
        Assert.Equal("700,000", EndStateAnswer.Build(seed.View).Titled("Compute at the end").Row("Abilene campus")["GPUs planned"]);
    }

    [Theory]
    [InlineData(FigureBound.Approximate, "~3700")]
    [InlineData(FigureBound.AtLeast, "3700+")]
    [InlineData(FigureBound.AtMost, "<= 3700")]
    [InlineData(FigureBound.Below, "< 3700")]
    [InlineData(FigureBound.Above, "> 3700")]
    [InlineData(FigureBound.Exact, "3700")]
    public void Stated_values_are_written_as_a_scenario_would_write_them(FigureBound bound, string expected)
    {
        Assert.Equal(expected, TimelineJson.Stated(Figure.Of(3_700.0m, bound)));
        Assert.Equal("110000..130000", TimelineJson.Stated(Figure.Between(110_000m, 130_000m)));
    }
}
