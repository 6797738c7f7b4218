using System.Globalization;
using MarketActors.Domain.Actors;
using MarketActors.Scenarios.Compile;

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

    [Fact]
    public void Every_fact_of_the_article_is_cited_by_at_least_one_event()
    {
        var cited = Seed().Plan.Events.SelectMany(e => e.Sources).ToHashSet(StringComparer.Ordinal);

        var missing = Enumerable.Range(1, 23)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"herald#F{i:00}"))
            .Where(id => !cited.Contains(id))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Its_events_are_scheduled_by_date_then_in_the_order_written()
    {
        var scenario = Seed();
        var events = scenario.Plan.Events;

        for (var i = 1; i < events.Length; i++)
        {
            Assert.Equal(i, events[i].Seq);
            Assert.True(events[i - 1].At <= events[i].At, $"event {i} ({events[i].At}) comes after a later date ({events[i - 1].At})");
            if (events[i - 1].At == events[i].At)
            {
                Assert.True(scenario.Locations[i - 1].Line < scenario.Locations[i].Line, $"events {i - 1} and {i} of {events[i].At} are out of file order");
            }
        }

        // The private debt sale is written late in the file but dated before R1's release.
        var privateSale = events.Single(e => e.Id == "ms-private-sale");
        var r1 = events.Single(e => e.Type == "model-released" && e.At == new DateOnly(2025, 1, 20));
        Assert.True(privateSale.Seq < r1.Seq);
        Assert.True(scenario.Locations[privateSale.Seq].Line > scenario.Locations[r1.Seq].Line);
    }

    [Fact]
    public void Its_catalog_derives_h100_equivalents_from_the_H100()
    {
        var gpus = Seed().Plan.World.Gpus.ToDictionary(g => g.Name, g => g.H100Equivalents);

        Assert.Equal(1m, gpus["H100"]);
        Assert.Equal(2.5m / 0.989m, gpus["GB200"]);
        Assert.Equal(2.5m / 0.989m, gpus["GB300"]);
        Assert.Equal(5.0m / 0.989m, gpus["VR200"]);
    }

    [Fact]
    public void Its_abilene_campus_carries_its_area_and_rolls_up_to_stargate_and_openai()
    {
        var abilene = Seed().Plan.World.Profile(new ActorId("abilene"));

        Assert.Equal(new ActorId("stargate"), abilene.Parent);
        Assert.Equal(new ActorId("openai"), abilene.Operator);
        Assert.Contains(new ActorFact("area", "875 acres (3.54 km²)"), abilene.Facts);
    }

    private static CompiledScenario Seed()
    {
        var result = ScenarioCompiler.Compile(File.ReadAllText(Paths.Seed), "stargate-2025.yaml");
        Assert.Empty(result.Diagnostics);
        return result.Scenario!;
    }
}
