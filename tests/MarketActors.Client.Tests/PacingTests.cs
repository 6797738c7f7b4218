using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;

namespace MarketActors.Client.Tests;

/// <summary>
/// Pacing, on the silos' fake clock: a paced run waits on that clock between ticks, so these tests move time
/// themselves and assert no wall-clock duration.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PacingTests(ClusterFixture fixture)
{
    // At one virtual day per second the years between the seed's first ticks take the longest wait there is.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(Pace.MaxWaitSeconds);

    private MarketActorsClient Client => fixture.Client;

    [Fact]
    public async Task The_pace_is_reported_in_the_status_and_the_feed()
    {
        var run = await Seed.LoadAsync(Client);
        await using var feed = await run.SubscribeAsync();

        var set = await run.SetPaceAsync(2.5m);
        var update = (await Waits.ReadUntil(feed, _ => true))[0];

        Assert.Equal(2.5m, set.Pace.VirtualDaysPerSecond);
        Assert.Equal(set, await run.GetStatusAsync());
        Assert.Equal(set, update.Status);
        Assert.Equal(RunState.Ready, set.State);
        Assert.Equal("2.5 virtual days per second", set.Pace.ToString());
        Assert.Equal("as fast as possible", Pace.AsFastAsPossible.ToString());
    }

    [Fact]
    public async Task A_paced_run_waits_on_its_clock_between_ticks()
    {
        var run = await Seed.LoadAsync(Client);
        await run.SetPaceAsync(1);
        await using var feed = await run.SubscribeAsync();
        var waiting = fixture.Clock.WaitStarted(LongestWait);

        var started = await run.StartAsync();
        await Waits.Within(waiting);
        var afterFirst = await run.GetStatusAsync();
        var next = fixture.Clock.WaitStarted(LongestWait);
        fixture.Clock.Advance(LongestWait);
        await Waits.Within(next);
        var afterSecond = await run.GetStatusAsync();

        Assert.Equal(RunState.Running, started.State);
        Assert.Equal((RunState.Running, 1), (afterFirst.State, afterFirst.TicksDone));
        Assert.Equal((RunState.Running, 2), (afterSecond.State, afterSecond.TicksDone));
        await run.StopAsync();
    }

    [Fact]
    public async Task Setting_the_pace_to_zero_lets_a_waiting_run_finish()
    {
        var run = await Seed.LoadAsync(Client);
        await run.SetPaceAsync(1);
        var waiting = fixture.Clock.WaitStarted(LongestWait);
        await run.StartAsync();
        await Waits.Within(waiting);

        await run.SetPaceAsync(0);
        var finished = await Waits.Finished(run);

        Assert.Equal((RunState.Completed, 12), (finished.State, finished.TicksDone));
        Assert.True(finished.Pace.IsAsFastAsPossible);
    }

    [Fact]
    public async Task A_waiting_run_can_be_paused_then_stepped_without_moving_the_clock()
    {
        var run = await Seed.LoadAsync(Client);
        await run.SetPaceAsync(1);
        var waiting = fixture.Clock.WaitStarted(LongestWait);
        await run.StartAsync();
        await Waits.Within(waiting);

        var paused = await run.PauseAsync();
        var stepped = await Waits.Within(run.StepAsync());

        Assert.Equal((RunState.Paused, 1), (paused.State, paused.TicksDone));
        Assert.Equal((RunState.Paused, 2), (stepped.State, stepped.TicksDone));
    }

    [Fact]
    public async Task A_waiting_run_can_be_stopped_without_moving_the_clock()
    {
        var run = await Seed.LoadAsync(Client);
        await run.SetPaceAsync(1);
        var waiting = fixture.Clock.WaitStarted(LongestWait);
        await run.StartAsync();
        await Waits.Within(waiting);

        var stopped = await Waits.Within(run.StopAsync());

        Assert.Equal((RunState.Stopped, 1), (stopped.State, stopped.TicksDone));
    }

    [Fact]
    public void A_wait_is_proportional_to_the_days_between_ticks_and_capped()
    {
        var pace = new Pace(10);

        Assert.Equal(TimeSpan.FromSeconds(0.1), pace.WaitFor(1));
        Assert.Equal(TimeSpan.FromSeconds(0.5), pace.WaitFor(5));
        Assert.Equal(LongestWait, pace.WaitFor(3650));
        Assert.Equal(TimeSpan.Zero, pace.WaitFor(0));
        Assert.Equal(TimeSpan.Zero, Pace.AsFastAsPossible.WaitFor(3650));
    }
}
