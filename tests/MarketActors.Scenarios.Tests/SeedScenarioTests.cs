using MarketActors.Scenarios;

namespace MarketActors.Scenarios.Tests;

public sealed class SeedScenarioTests
{
    [Fact]
    public void The_seed_scenario_compiles_and_dry_runs_without_diagnostics()
    {
        var result = ScenarioLoader.Load(Paths.Seed);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Scenario);
    }
}
