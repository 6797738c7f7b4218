using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;
using MarketActors.Scenarios;

namespace MarketActors.Client.Tests;

/// <summary>Loading scenarios and plans into runs, and the cluster's list of runs.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LoadingTests(ClusterFixture fixture)
{
    private const string Invalid = """
        scenario: broken
        title: Broken
        sources:
          memo: { title: "Board memo", date: 2025-03-01 }
        actors:
          - { id: acme, kind: company, name: Acme }
        events:
          - { at: 2025-02-30, type: valuation-marked, company: acme, value: 1B, source: memo#p1 }
          - { at: 2025-03-01, type: valuation-marked, company: nobody, value: 2B, source: memo#p2 }
        """;

    private MarketActorsClient Client => fixture.Client;

    [Fact]
    public async Task Scenario_text_loads_into_a_ready_run_that_describes_the_scenario()
    {
        var run = await Client.LoadAsync(Seed.Source);

        var info = await run.GetInfoAsync();
        var status = await run.GetStatusAsync();

        Assert.NotNull(info);
        Assert.Equal(run.RunId, info.RunId);
        Assert.StartsWith("stargate-2025-", run.RunId, StringComparison.Ordinal);
        Assert.Equal("stargate-2025", info.ScenarioId);
        Assert.Equal(Seed.Plan.World.Title, info.Title);
        Assert.Equal(Seed.FileName, info.Source);
        Assert.Equal(0, info.Seed);
        Assert.Equal(Seed.Plan.World.Actors.Length - 1, info.Actors);
        Assert.Equal(32, info.Events);
        Assert.Equal(Seed.Dates.Length, info.Ticks);
        Assert.Equal(Seed.Dates[0], info.First);
        Assert.Equal(Seed.Dates[^1], info.Last);
        Assert.True(info.Created > 0);
        Assert.Equal(RunState.Ready, status.State);
        Assert.Equal((0, Seed.Dates.Length, null), (status.TicksDone, status.TicksTotal, status.At));
        Assert.True(status.Pace.IsAsFastAsPossible);
    }

    [Fact]
    public async Task A_run_id_and_a_last_date_can_be_given()
    {
        var id = MarketActorsClient.NewRunId("until");

        var run = await Client.LoadAsync(Seed.Source with { Seed = 7, Until = new DateOnly(2024, 12, 31) }, id);
        var info = await run.GetInfoAsync();

        Assert.Equal(id, run.RunId);
        Assert.Equal(7, info!.Seed);
        Assert.Equal(6, info.Ticks);
        Assert.Equal(new DateOnly(2024, 12, 26), info.Last);
    }

    [Fact]
    public async Task A_scenario_can_be_loaded_as_known_at_a_date()
    {
        // The made-up story of late disclosures, as known at 1 May: 9 of its 14 events, and the round at the $1B first
        // reported, so Lab North is valued at $10B (not the $15B of the filing that revised it to $1.5B).
        var path = Path.Combine(Paths.Root, "scenarios", "disclosures-2025.yaml");
        var source = new ScenarioSource(await File.ReadAllTextAsync(path), "disclosures-2025.yaml", 0, null) { AsKnownAt = new DateOnly(2025, 5, 1) };

        var run = await Client.LoadAsync(source);
        await run.StartAsync();
        await Waits.Within(run.WaitAsync());
        var plan = await run.GetPlanAsync();
        var output = await run.GetOutputAsync();

        Assert.Equal(new DateOnly(2025, 5, 1), plan.KnownAt);
        Assert.Equal(9, output.Timeline.Length);
        Assert.Equal(10_000_000_000m, output.Actors.Single(a => a.Id.Value == "lab-north").Valuation);
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_with_every_problem_as_file_line_col_message()
    {
        var id = MarketActorsClient.NewRunId("broken");
        var expected = ScenarioLoader.CompileAndCheck(Invalid, "broken.yaml", 0).Diagnostics.Select(d => d.ToString()).ToList();

        var refused = await Assert.ThrowsAsync<ScenarioInvalidException>(() => Client.LoadAsync(new ScenarioSource(Invalid, "broken.yaml", 0, null), id));

        Assert.True(expected.Count >= 2, string.Join("\n", expected));
        Assert.Equal(expected, refused.Problems.Select(p => p.ToString()));
        Assert.All(refused.Problems, p => Assert.Matches(@"^broken\.yaml:\d+:\d+: \S", p.ToString()));
        Assert.Contains("2025-02-30", refused.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("nobody", refused.Problems[1].Message, StringComparison.Ordinal);
        Assert.All(expected, line => Assert.Contains(line, refused.Message, StringComparison.Ordinal));
        Assert.Null(await Client.Run(id).GetInfoAsync());
        Assert.Equal(RunState.Empty, (await Client.Run(id).GetStatusAsync()).State);
    }

    [Fact]
    public async Task A_plan_compiled_on_the_client_loads_into_a_ready_run()
    {
        var run = await Client.LoadAsync(Seed.Plan, "compiled here");

        var info = await run.GetInfoAsync();

        Assert.StartsWith("stargate-2025-", run.RunId, StringComparison.Ordinal);
        Assert.Equal("compiled here", info!.Source);
        Assert.Equal((32, 12), (info.Events, info.Ticks));
        Assert.Equal(RunState.Ready, (await run.GetStatusAsync()).State);
    }

    [Fact]
    public async Task A_run_takes_one_scenario_only()
    {
        var run = await Seed.LoadAsync(Client);

        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => Client.LoadAsync(Seed.Source, run.RunId));

        Assert.Equal($"Run '{run.RunId}' already has a scenario; start a new run for another.", again.Message);
    }

    [Fact]
    public async Task A_run_id_with_a_slash_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Client.LoadAsync(Seed.Plan, "test", "a/b"));

        Assert.Contains("'a/b' cannot be a run id", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_lists_runs_oldest_first()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Client.LoadAsync(Seed.Plan, $"listed {i}")).RunId);
        }

        var runs = await Client.ListRunsAsync();

        Assert.Equal(ids, runs.Select(r => r.RunId).Where(ids.Contains));
        Assert.Equal(runs.Select(r => r.Created).Order(), runs.Select(r => r.Created));
        Assert.Equal(runs.Length, runs.Select(r => r.Created).Distinct().Count());
        Assert.Equal("listed 2", runs.Single(r => r.RunId == ids[2]).Source);
    }
}
