using System.Text.RegularExpressions;
using MarketActors.Scenarios;

namespace MarketActors.Cli.Tests;

/// <summary>What the README tells a new user must keep working.</summary>
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Paths.Root, "README.md"));

    [Fact]
    public void The_example_story_in_the_readme_is_a_valid_scenario()
    {
        var yaml = YamlBlock().Match(Readme);
        Assert.True(yaml.Success, "the README has no ```yaml block");

        var result = ScenarioLoader.CompileAndCheck(yaml.Groups[1].Value, "README.md");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Scenario!.Plan.Events.Length);
    }

    [Fact]
    public void The_readme_gives_the_replay_and_test_commands_and_ci_runs_the_test_command()
    {
        Assert.Contains("dotnet run --project src/MarketActors.Cli -- replay scenarios/stargate-2025.yaml", Readme, StringComparison.Ordinal);
        Assert.Contains("bash tests/run", Readme, StringComparison.Ordinal);
        Assert.Contains("bash tests/run", File.ReadAllText(Path.Combine(Paths.Root, ".ci", "run")), StringComparison.Ordinal);
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
