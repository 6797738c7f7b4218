using MarketActors.Client;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Scenarios;

namespace MarketActors.Engine.Tests;

/// <summary>What a client can ask a run while it goes on: its plan, and an actor's whole books between two ticks.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RunQueriesTests(ClusterFixture fixture)
{
    private static RunPlan Seed()
    {
        var loaded = ScenarioLoader.Load(Paths.Seed);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Scenario!.Plan;
    }

    [Fact]
    public async Task A_run_gives_its_plan_back()
    {
        var plan = Seed();
        var run = fixture.Grains.Run(GrainRuns.NewRunId("plan"));
        await run.LoadPlan(plan, "test");

        var back = await run.GetPlan();

        Assert.Equal(plan.World.ScenarioId, back.World.ScenarioId);
        Assert.Equal(plan.Events.Select(e => (e.Seq, e.At, e.Type)), back.Events.Select(e => (e.Seq, e.At, e.Type)));
        Assert.Equal(plan.Seed, back.Seed);
    }

    [Fact]
    public async Task A_running_run_gives_an_actors_whole_books_between_two_ticks()
    {
        var runId = GrainRuns.NewRunId("books");
        var run = fixture.Grains.Run(runId);
        await run.LoadPlan(Seed(), "test");

        // The seed's first two ticks are years apart: at one virtual day per second the run waits the longest
        // wait (two seconds) after the first, which is when the books are read.
        await run.SetPace(new Pace(1m));
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var feed = await new MarketActorsClient(fixture.Grains).Run(runId).SubscribeAsync(deadline.Token);
        await run.Start();
        var status = await feed.ReadAllAsync(deadline.Token).Select(u => u.Status).FirstAsync(s => s.TicksDone >= 1, deadline.Token);

        var musk = await run.GetActor(new ActorId("musk"), null);
        await run.Stop();

        Assert.Equal(RunState.Running, status.State);
        Assert.Equal(status.At, musk.At);
        Assert.NotNull(musk.Books);
        Assert.Equal(musk.Metrics.Select(m => (m.Key, m.Value)), musk.Books.Metrics.Select(m => (m.Key, m.Value)));
    }
}
