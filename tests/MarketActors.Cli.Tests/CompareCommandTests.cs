namespace MarketActors.Cli.Tests;

/// <summary>The compare command: a base and a what-if, replayed and set side by side.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ma-compare-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task The_seed_compared_with_itself_is_the_same()
    {
        var (code, output, errors) = await Cli.Run("compare", Paths.Seed, Paths.Seed);

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("The two runs are the same: every metric of every actor on every date, and every event.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_what_if_shows_each_actor_it_moved_and_the_event_that_moved_them()
    {
        var whatIf = WhatIf("x-at-12b.yaml", File.ReadAllText(Paths.Seed).Replace("    value: 9.4B\n", "    value: 12B\n", StringComparison.Ordinal));

        var (code, output, errors) = await Cli.Run("compare", Paths.Seed, whatIf);

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("3 actors differ in 7 metrics; 2 events differ.", output, StringComparison.Ordinal);
        Assert.Matches(@"X Corp\s*│\s*valuation\s*│\s*\$9\.4B\s*│\s*\$12B\s*│\s*\+\$2\.6B\s*│\s*since 2024-09-30", output);
        Assert.Matches(@"Elon Musk\s*│\s*stakes\s*│\s*\$7\.426B\s*│\s*\$9\.48B\s*│\s*\+\$2\.054B", output);
        Assert.Contains("x-at-12b.yaml: Fidelity marks X Corp at $12B", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_engines_write_the_same_comparison_files()
    {
        var whatIf = WhatIf("x-at-12b.yaml", File.ReadAllText(Paths.Seed).Replace("    value: 9.4B\n", "    value: 12B\n", StringComparison.Ordinal));
        var grains = Path.Combine(_dir.FullName, "grains");
        var reference = Path.Combine(_dir.FullName, "reference");

        var a = await Cli.Run("compare", Paths.Seed, whatIf, "--out", grains);
        var b = await Cli.Run("compare", Paths.Seed, whatIf, "--out", reference, "--engine", "reference");

        Assert.True(a.Code == ExitCodes.Ok, a.Err);
        Assert.True(b.Code == ExitCodes.Ok, b.Err);
        foreach (var file in new[] { "compare.csv", "compare.md" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(reference, file)), File.ReadAllBytes(Path.Combine(grains, file)));
        }

        Assert.Contains("x-corp,valuation,9400000000,12000000000,2600000000,2024-09-30,", File.ReadAllLines(Path.Combine(grains, "compare.csv")));
    }

    [Fact]
    public async Task Every_problem_of_both_files_is_reported_before_either_runs()
    {
        var left = WhatIf("left.yaml", File.ReadAllText(Paths.Seed).Replace("type: valuation-marked", "type: valuation-markd", StringComparison.Ordinal));
        var right = WhatIf("right.yaml", File.ReadAllText(Paths.Seed).Replace("    value: 9.4B\n", "    value: lots\n", StringComparison.Ordinal));

        var (code, output, errors) = await Cli.Run("compare", left, right);

        Assert.Equal(ExitCodes.InvalidInput, code);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(left + ":", StringComparison.Ordinal) && l.Contains("valuation-markd", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(right + ":134:", StringComparison.Ordinal) && l.Contains("lots", StringComparison.Ordinal));
        Assert.DoesNotContain("compared with", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replay", "--ouy")]
    [InlineData("compare", "--quiet")]
    [InlineData("validate", "--seed")]
    public async Task An_option_a_command_does_not_have_is_invalid_input_naming_it(string command, string option)
    {
        string[] args = command == "compare" ? [command, Paths.Seed, Paths.Seed, option] : [command, Paths.Seed, option];

        var (code, output, errors) = await Cli.Run(args);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains($"Unknown option '{option.TrimStart('-')}'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Scenario stargate-2025", output, StringComparison.Ordinal);
    }

    private string WhatIf(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
