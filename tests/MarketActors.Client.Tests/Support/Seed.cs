using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using MarketActors.Scenarios;

namespace MarketActors.Client.Tests.Support;

/// <summary>The seed scenario, scenarios/stargate-2025.yaml: its text for the silo, and its plan compiled here.</summary>
internal static class Seed
{
    public const string FileName = "stargate-2025.yaml";

    /// <summary>Its ticks (distinct dates).</summary>
    public static readonly DateOnly[] Dates =
    [
        new(2018, 2, 20), new(2022, 10, 27), new(2022, 11, 4), new(2024, 2, 29), new(2024, 9, 30), new(2024, 12, 26),
        new(2025, 1, 17), new(2025, 1, 20), new(2025, 1, 21), new(2025, 1, 22), new(2025, 1, 23), new(2025, 1, 24),
    ];

    public static string Text { get; } = File.ReadAllText(Paths.Seed);

    public static ScenarioSource Source { get; } = new(Text, FileName, 0, null);

    public static RunPlan Plan { get; } = LoadPlan();

    public static Task<RunHandle> LoadAsync(MarketActorsClient client) => client.LoadAsync(Source);

    private static RunPlan LoadPlan()
    {
        var loaded = ScenarioLoader.Load(Paths.Seed);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Scenario!.Plan;
    }
}
