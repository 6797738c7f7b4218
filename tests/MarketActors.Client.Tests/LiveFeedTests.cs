using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Client.Tests;

/// <summary>
/// The live feed on a cluster: whenever a subscriber joins, its snapshot and then its feed give every tick of the
/// run exactly once, in order, with no gap, ending with the update that finishes the run.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveFeedTests(ClusterFixture fixture)
{
    private MarketActorsClient Client => fixture.Client;

    [Fact]
    public async Task A_subscriber_joining_after_some_steps_gets_those_ticks_then_every_later_update_once()
    {
        const int Steps = 4;
        var run = await Seed.LoadAsync(Client);
        for (var i = 0; i < Steps; i++)
        {
            await run.StepAsync();
        }

        await using var feed = await run.SubscribeAsync();
        await run.ResumeAsync();
        var updates = await Waits.ReadToEnd(feed);

        Assert.Equal(Steps, feed.Snapshot.Ticks.Length);
        Assert.Equal((RunState.Paused, Steps), (feed.Snapshot.Status.State, feed.Snapshot.Status.TicksDone));
        Assert.Equal(run.RunId, feed.Snapshot.Info.RunId);
        await AssertWholeRun(run, feed, updates);
    }

    [Fact]
    public async Task Two_subscribers_joining_at_different_points_each_see_the_whole_run()
    {
        var run = await Seed.LoadAsync(Client);
        await run.StepAsync();
        await run.StepAsync();
        await using var early = await run.SubscribeAsync();
        for (var i = 0; i < 5; i++)
        {
            await run.StepAsync();
        }

        await using var late = await run.SubscribeAsync();
        await run.ResumeAsync();
        var earlyUpdates = await Waits.ReadToEnd(early);
        var lateUpdates = await Waits.ReadToEnd(late);

        Assert.Equal((2, 7), (early.Snapshot.Ticks.Length, late.Snapshot.Ticks.Length));
        await AssertWholeRun(run, early, earlyUpdates);
        await AssertWholeRun(run, late, lateUpdates);
        Assert.Equal(Canonical.Dump(earlyUpdates.Where(u => u.Seq > late.Snapshot.Seq)), Canonical.Dump(lateUpdates));
    }

    [Fact]
    public async Task A_subscriber_joining_while_a_tick_is_in_flight_gets_it_in_the_feed()
    {
        var run = await Seed.LoadAsync(Client);
        for (var i = 0; i < 3; i++)
        {
            await run.StepAsync();
        }

        RunSubscription feed;
        using (var gate = TickGate.Close(run.RunId))
        {
            await run.ResumeAsync();
            await Waits.Within(gate.Reached);
            feed = await run.SubscribeAsync();
        }

        await using (feed)
        {
            var updates = await Waits.ReadToEnd(feed);

            Assert.Equal(3, feed.Snapshot.Ticks.Length);
            Assert.Equal(RunState.Running, feed.Snapshot.Status.State);
            Assert.Equal(3, updates.First(u => u.Tick is not null).Tick!.Index);
            await AssertWholeRun(run, feed, updates);
        }
    }

    [Fact]
    public async Task A_subscriber_joining_a_finished_run_gets_it_all_in_the_snapshot_and_an_ended_feed()
    {
        var run = await Seed.LoadAsync(Client);
        await run.StartAsync();
        await Waits.Finished(run);

        await using var feed = await run.SubscribeAsync();
        var updates = await Waits.ReadToEnd(feed);

        Assert.Empty(updates);
        Assert.Equal(RunState.Completed, feed.Snapshot.Status.State);
        Assert.Equal(feed.Snapshot.Seq, feed.LastSeq);
        Assert.Equal((await run.GetStatusAsync()).Seq, feed.Snapshot.Seq);
        await AssertWholeRun(run, feed, updates);
    }

    [Fact]
    public async Task The_feed_of_a_run_that_breaks_a_rule_ends_with_the_failure()
    {
        var world = World.Create("broken", "Broken", [ActorProfile.Simple(new ActorId("x"), ActorKind.Company, "X")], [], []);
        var sale = new DebtSold(new ActorId("x"), Figure.Of(1_000m), Figure.Of(0.9m), [], ActorId.Outside, true, null);
        var plan = new RunPlan(world, [new ScheduledEvent(0, new DateOnly(2025, 1, 1), "2025-01-01", null, "debt-sold", ["test"], null, sale)], 0);
        var run = await Client.LoadAsync(plan, "test");

        await using var feed = await run.SubscribeAsync();
        await run.StartAsync();
        var updates = await Waits.ReadToEnd(feed);

        var last = updates[^1].Status;
        Assert.Equal((RunState.Failed, 0), (last.State, last.ErrorEventSeq));
        Assert.Contains("cannot sell", last.Error, StringComparison.Ordinal);
        Assert.Equal(Contiguous(feed.Snapshot.Seq, updates.Count), updates.Select(u => u.Seq));
    }

    [Fact]
    public async Task Subscribing_to_a_run_with_nothing_loaded_is_refused()
    {
        var run = Client.Run(MarketActorsClient.NewRunId("empty"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => run.SubscribeAsync());

        Assert.Equal($"Run '{run.RunId}' has no scenario loaded.", refused.Message);
    }

    [Fact]
    public async Task Missing_updates_can_be_fetched_from_the_run_by_sequence_number()
    {
        var run = await Seed.LoadAsync(Client);
        await using var feed = await run.SubscribeAsync();
        await run.StartAsync();
        var updates = await Waits.ReadToEnd(feed);
        var grain = Client.Grains.Run(run.RunId);

        var all = await grain.GetUpdates(0, int.MaxValue);
        var some = await grain.GetUpdates(feed.Snapshot.Seq + 2, 3);
        var past = await grain.GetUpdates(all[^1].Seq, 10);

        Assert.Equal(Contiguous(0, all.Length), all.Select(u => u.Seq));
        Assert.Equal(Canonical.Dump(updates), Canonical.Dump(all.Where(u => u.Seq > feed.Snapshot.Seq)));
        Assert.Equal(Contiguous(feed.Snapshot.Seq + 2, 3), some.Select(u => u.Seq));
        Assert.Empty(past);
    }

    /// <summary>The snapshot then the feed: contiguous numbers, one completing update at the end, and every tick of the output once.</summary>
    private static async Task AssertWholeRun(RunHandle run, RunSubscription feed, List<RunUpdate> updates)
    {
        var output = await run.GetOutputAsync();
        var status = await run.GetStatusAsync();

        Assert.Equal(Contiguous(feed.Snapshot.Seq, updates.Count), updates.Select(u => u.Seq));
        Assert.Equal(status.Seq, feed.LastSeq);
        Assert.True(status.IsFinished);
        if (updates.Count > 0)
        {
            Assert.Equal(status, updates[^1].Status);
            Assert.All(updates.SkipLast(1), u => Assert.False(u.Status.IsFinished));
        }

        Assert.Equal(feed.Snapshot.Ticks.Length, feed.Snapshot.Status.TicksDone);
        Assert.All(updates.Where(u => u.Tick is not null), u => Assert.Equal(u.Tick!.Index + 1, u.Status.TicksDone));
        List<TickRecord> ticks = [.. feed.Snapshot.Ticks, .. updates.Where(u => u.Tick is not null).Select(u => u.Tick!)];
        Assert.Equal(Enumerable.Range(0, Seed.Dates.Length), ticks.Select(t => t.Index));
        Assert.Equal(Canonical.Dump(output.Timeline), Canonical.Dump(ticks.SelectMany(t => t.Timeline)));
        Assert.Equal(Canonical.Dump(output.Series), Canonical.Dump(ticks.SelectMany(t => t.Series)));
        Assert.Equal(Canonical.Dump(output.Ledger), Canonical.Dump(ticks.SelectMany(t => t.Ledger)));
    }

    private static IEnumerable<long> Contiguous(long after, int count) => Enumerable.Range(1, count).Select(i => after + i);
}
