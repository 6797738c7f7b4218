namespace MarketActors.Cli.Tests;

/// <summary>The validate command: a good file passes, a broken copy of the seed lists every problem with its position.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_seed_is_valid()
    {
        var (code, output, errors) = await Cli.Run("validate", Paths.Seed);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("ok", output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_broken_copy_of_the_seed_reports_each_problem_with_file_line_and_column()
    {
        var lines = File.ReadAllLines(Paths.Seed).ToList();
        var total = lines.FindIndex(l => l.Trim() == "total: 500B");
        var site = lines.FindIndex(l => l.Trim() == "site: colossus");
        var gpu = lines.FindIndex(l => l.Trim() == "gpu: GB300");
        lines[total] = lines[total].Replace("500B", "500 bananas", StringComparison.Ordinal);
        lines[site] = lines[site].Replace("colossus", "colosus", StringComparison.Ordinal);
        lines[gpu] = lines[gpu].Replace("GB300", "GB3000", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"broken-seed-{Guid.NewGuid():N}.yaml");
        File.WriteAllLines(file, lines);
        try
        {
            var (code, _, errors) = await Cli.Run("validate", file);

            Assert.Equal(ExitCodes.InvalidInput, code);
            var reported = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains(reported, l => l.StartsWith($"{file}:{total + 1}:", StringComparison.Ordinal) && l.Contains("500 bananas", StringComparison.Ordinal));
            Assert.Contains(reported, l => l.StartsWith($"{file}:{site + 1}:", StringComparison.Ordinal) && l.Contains("did you mean 'colossus'", StringComparison.Ordinal));
            Assert.Contains(reported, l => l.StartsWith($"{file}:{gpu + 1}:", StringComparison.Ordinal) && l.Contains("GB3000", StringComparison.Ordinal));
            Assert.Contains(reported, l => l == $"{file}: 3 problems");
            Assert.DoesNotContain("Exception", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Validating_several_files_reports_each_and_fails_if_any_fails()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(empty, string.Empty);
        try
        {
            var (code, output, errors) = await Cli.Run("validate", Paths.Seed, empty);

            Assert.Equal(ExitCodes.InvalidInput, code);
            Assert.Contains("ok", output, StringComparison.Ordinal);
            Assert.StartsWith($"{empty}:1:1: the file is empty", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public async Task Help_explains_each_command_with_an_example()
    {
        var (code, output, _) = await Cli.Run("--help");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("replay", output, StringComparison.Ordinal);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.Contains("replay scenarios/stargate-2025.yaml", output, StringComparison.Ordinal);

        var replayHelp = (await Cli.Run("replay", "--help")).Out;
        Assert.Contains("--out", replayHelp, StringComparison.Ordinal);
        Assert.Contains("--until", replayHelp, StringComparison.Ordinal);
        Assert.Contains("replay scenarios/stargate-2025.yaml --out out/stargate", replayHelp, StringComparison.Ordinal);
    }
}
