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

    [Fact]
    public async Task An_overlay_as_the_right_file_is_compared_with_its_base()
    {
        var overlay = Path.Combine(Paths.Root, "scenarios", "what-if", "x-debt-at-70.yaml");

        var (code, output, errors) = await Cli.Run("compare", Paths.Seed, overlay);

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("x-debt-at-70.yaml: What if X Corp's debt had sold at 70–75% of face? · scenario stargate-2025+x-debt-at-70", output, StringComparison.Ordinal);

        // $13B of debt marked at 72.5% instead of 92.5% of face: $2.6B less at market.
        Assert.Matches(@"X Corp\s*│\s*debt at market\s*│\s*\$12\.025B\s*│\s*\$9\.425B\s*│\s*-\$2\.6B\s*│\s*since 2025-01-17", output);
    }

    [Fact]
    public async Task Replay_and_validate_apply_overlays_and_name_them()
    {
        var overlay = Path.Combine(Paths.Root, "scenarios", "what-if", "x-debt-at-70.yaml");

        var replay = await Cli.Run("replay", Paths.Seed, "--overlay", overlay, "--quiet");
        var validate = await Cli.Run("validate", Paths.Seed, "--overlay", overlay);
        var alone = await Cli.Run("validate", overlay);

        Assert.True(replay.Code == ExitCodes.Ok, replay.Err);
        Assert.Contains("Scenario stargate-2025+x-debt-at-70 · 32 events", replay.Out, StringComparison.Ordinal);
        Assert.True(validate.Code == ExitCodes.Ok, validate.Err);
        Assert.Contains($"ok {Paths.Seed} with {overlay}: 20 actors, 32 events, 12 dates", validate.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, alone.Code);
        Assert.Contains("this file is an overlay of 'stargate-2025', not a scenario", alone.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_base_compared_with_its_overlay_reports_each_problem_once()
    {
        var left = WhatIf("base.yaml", File.ReadAllText(Paths.Seed).Replace("type: valuation-marked", "type: valuation-markd", StringComparison.Ordinal));
        var overlay = Path.Combine(Paths.Root, "scenarios", "what-if", "x-debt-at-70.yaml");

        var (code, _, errors) = await Cli.Run("compare", left, overlay);

        Assert.Equal(ExitCodes.InvalidInput, code);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(left + ":", StringComparison.Ordinal) && l.Contains("valuation-markd", StringComparison.Ordinal));
        Assert.Equal(lines.Length, lines.Distinct().Count());
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
