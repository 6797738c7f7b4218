namespace MarketActors.Cli.Tests;

/// <summary>The sweep command: branches drawing the story's ranges anew, summarised as percentiles.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ma-sweep-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task A_sweep_of_the_seed_shows_the_ranges_it_drew_from_and_how_the_lenders_ended()
    {
        var (code, output, errors) = await Cli.Run("sweep", Paths.Seed, "--branches", "50");

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("Scenario stargate-2025 · seed 0 · 50 branches", output, StringComparison.Ordinal);
        Assert.Matches(@"2025-01-17\s*│\s*ms-private-sale\s*│\s*price\s*│\s*90%–95%\s*│\s*herald#F18", output);
        Assert.Matches(@"How the end state spreads across 50 branches", output);
        Assert.Matches(@"X Corp\s*│\s*debt at market\s*│\s*\$11\.\d+B\s*│\s*\$1[12]\.\d+B\s*│\s*\$12\.\d+B", output);
    }

    [Fact]
    public async Task Both_engines_and_two_runs_write_the_same_sweep()
    {
        var dirs = new[] { "reference-1", "reference-2", "grains" }.Select(d => Path.Combine(_dir.FullName, d)).ToArray();

        var runs = new[]
        {
            await Cli.Run("sweep", Paths.Seed, "--branches", "20", "--seed", "7", "--out", dirs[0]),
            await Cli.Run("sweep", Paths.Seed, "--branches", "20", "--seed", "7", "--out", dirs[1]),
            await Cli.Run("sweep", Paths.Seed, "--branches", "20", "--seed", "7", "--out", dirs[2], "--engine", "grains"),
        };

        Assert.All(runs, r => Assert.True(r.Code == ExitCodes.Ok, r.Err));
        foreach (var file in new[] { "sweep.csv", "sweep.md" })
        {
            var first = File.ReadAllBytes(Path.Combine(dirs[0], file));
            Assert.All(dirs[1..], d => Assert.Equal(first, File.ReadAllBytes(Path.Combine(d, file))));
        }

        Assert.StartsWith("actor,metric,p5,p50,p95,min,max\n", File.ReadAllText(Path.Combine(dirs[0], "sweep.csv")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--branches", "0", "--branches: 0 is not between 1 and 100,000")]
    [InlineData("--engine", "fast", "--engine: 'fast' is not an engine")]
    public async Task Options_out_of_range_are_invalid_input(string option, string value, string message)
    {
        var (code, output, errors) = await Cli.Run("sweep", Paths.Seed, option, value);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(message, output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_without_ranges_says_there_is_nothing_to_sweep()
    {
        var harbour = Path.Combine(Paths.Root, "scenarios", "harbour-ai-2025.yaml");

        var (code, output, errors) = await Cli.Run("sweep", harbour);

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("No figure of this scenario is a range", output, StringComparison.Ordinal);
    }
}
