using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;

namespace MarketActors.Client.Tests;

/// <summary>Start, pause, resume, step and stop, and the transitions a run refuses.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ControlTests(ClusterFixture fixture)
{
    private MarketActorsClient Client => fixture.Client;

    [Fact]
    public async Task A_started_run_applies_every_tick_and_completes()
    {
        var run = await Seed.LoadAsync(Client);

        var started = await run.StartAsync();
        var finished = await Waits.Finished(run);
        var output = await run.GetOutputAsync();

        Assert.Equal(RunState.Running, started.State);
        Assert.Equal(RunState.Completed, finished.State);
        Assert.Equal((12, 12, Seed.Dates[^1]), (finished.TicksDone, finished.TicksTotal, finished.At));
        Assert.Equal(32, output.Timeline.Length);
    }

    [Fact]
    public async Task A_step_applies_exactly_one_tick_then_leaves_the_run_paused()
    {
        var run = await Seed.LoadAsync(Client);

        var first = await run.StepAsync();
        var second = await run.StepAsync();

        Assert.Equal((RunState.Paused, 1, Seed.Dates[0]), (first.State, first.TicksDone, first.At));
        Assert.Equal((RunState.Paused, 2, Seed.Dates[1]), (second.State, second.TicksDone, second.At));
        Assert.Equal(second, await run.GetStatusAsync());
        var early = await Assert.ThrowsAsync<InvalidOperationException>(run.GetOutputAsync);
        Assert.Equal($"Run '{run.RunId}' is paused: its output is ready once it has completed or been stopped.", early.Message);
    }

    [Fact]
    public async Task Stepping_the_last_tick_completes_the_run()
    {
        var run = await Seed.LoadAsync(Client);

        var steps = new List<RunStatus>();
        for (var i = 0; i < Seed.Dates.Length; i++)
        {
            steps.Add(await run.StepAsync());
        }

        Assert.Equal(Enumerable.Range(1, 12), steps.Select(s => s.TicksDone));
        Assert.Equal(Seed.Dates, steps.Select(s => s.At!.Value));
        Assert.All(steps.SkipLast(1), s => Assert.Equal(RunState.Paused, s.State));
        Assert.Equal(RunState.Completed, steps[^1].State);
        Assert.Equal(32, (await run.GetOutputAsync()).Timeline.Length);
        var more = await Assert.ThrowsAsync<InvalidOperationException>(run.StepAsync);
        Assert.Equal($"Run '{run.RunId}' is completed: only a ready or paused run can be stepped.", more.Message);
    }

    [Fact]
    public async Task A_pause_takes_effect_after_the_tick_in_flight()
    {
        var run = await Seed.LoadAsync(Client);
        await using var feed = await run.SubscribeAsync();
        using var gate = TickGate.Close(run.RunId);

        await run.StartAsync();
        await Waits.Within(gate.Reached);
        var paused = await run.PauseAsync();
        gate.Open();
        var landed = await Waits.ReadUntil(feed, u => u.Tick is not null);

        // The tick that was in flight lands; the run then stays paused, so a step applies the very next tick.
        Assert.Equal((RunState.Paused, 0), (paused.State, paused.TicksDone));
        Assert.Equal((RunState.Paused, 1), (landed[^1].Status.State, landed[^1].Status.TicksDone));
        var step = await run.StepAsync();
        Assert.Equal((RunState.Paused, 2, Seed.Dates[1]), (step.State, step.TicksDone, step.At));
    }

    [Fact]
    public async Task A_resumed_run_completes_with_the_same_output_as_a_run_never_paused()
    {
        var straight = await Seed.LoadAsync(Client);
        await straight.StartAsync();
        await Waits.Finished(straight);
        var run = await Seed.LoadAsync(Client);

        await run.StepAsync();
        await run.StepAsync();
        var resumed = await run.ResumeAsync();
        var finished = await Waits.Finished(run);

        Assert.Equal(RunState.Running, resumed.State);
        Assert.Equal((RunState.Completed, 12), (finished.State, finished.TicksDone));
        Assert.Equal(Canonical.Dump(await straight.GetOutputAsync()), Canonical.Dump(await run.GetOutputAsync()));
    }

    [Fact]
    public async Task A_stopped_run_keeps_what_it_applied_queryable()
    {
        var run = await Seed.LoadAsync(Client);
        for (var i = 0; i < 3; i++)
        {
            await run.StepAsync();
        }

        var stopped = await run.StopAsync();
        var output = await run.GetOutputAsync();
        var musk = await run.GetActorAsync("musk");

        Assert.Equal((RunState.Stopped, 3, Seed.Dates[2]), (stopped.State, stopped.TicksDone, stopped.At));
        Assert.True(stopped.IsFinished);
        Assert.Equal(4, output.Timeline.Length);
        Assert.All(output.Timeline, e => Assert.True(e.At <= Seed.Dates[2]));
        Assert.Equal(Seed.Dates[2], musk.At);
        Assert.NotNull(musk.Books);
        var again = await Assert.ThrowsAsync<InvalidOperationException>(run.StopAsync);
        Assert.Equal($"Run '{run.RunId}' is stopped: there is nothing to stop.", again.Message);
    }

    [Fact]
    public async Task A_stop_lands_the_tick_in_flight_then_stops()
    {
        var run = await Seed.LoadAsync(Client);
        using var gate = TickGate.Close(run.RunId);

        await run.StartAsync();
        await Waits.Within(gate.Reached);
        var stopping = run.StopAsync();
        await Waits.Within(gate.Received(nameof(IRunGrain.Stop)));
        gate.Open();
        var stopped = await stopping;

        Assert.Equal((RunState.Stopped, 1), (stopped.State, stopped.TicksDone));
        Assert.Single((await run.GetOutputAsync()).Timeline);
    }

    [Fact]
    public async Task A_ready_run_can_be_stopped_before_any_tick()
    {
        var run = await Seed.LoadAsync(Client);

        var stopped = await run.StopAsync();

        Assert.Equal((RunState.Stopped, 0), (stopped.State, stopped.TicksDone));
        Assert.Empty((await run.GetOutputAsync()).Timeline);
    }

    [Fact]
    public async Task Transitions_a_run_does_not_allow_are_refused_with_the_reason()
    {
        var empty = Client.Run(MarketActorsClient.NewRunId("empty"));
        var ready = await Seed.LoadAsync(Client);
        var paused = await Seed.LoadAsync(Client);
        await paused.StepAsync();
        var done = await Seed.LoadAsync(Client);
        await done.StartAsync();
        var completed = await Waits.Finished(done);

        await Refused(empty.StartAsync, $"Run '{empty.RunId}' is empty: only a ready run can start.");
        await Refused(empty.StepAsync, $"Run '{empty.RunId}' is empty: only a ready or paused run can be stepped.");
        await Refused(empty.StopAsync, $"Run '{empty.RunId}' is empty: there is nothing to stop.");
        await Refused(ready.PauseAsync, $"Run '{ready.RunId}' is ready: only a running run can pause.");
        await Refused(ready.ResumeAsync, $"Run '{ready.RunId}' is ready: only a paused run can resume.");
        await Refused(paused.StartAsync, $"Run '{paused.RunId}' is paused: only a ready run can start.");
        await Refused(paused.PauseAsync, $"Run '{paused.RunId}' is paused: only a running run can pause.");
        await Refused(done.StartAsync, $"Run '{done.RunId}' is completed: only a ready run can start.");
        await Refused(done.ResumeAsync, $"Run '{done.RunId}' is completed: only a paused run can resume.");
        await Refused(done.StopAsync, $"Run '{done.RunId}' is completed: there is nothing to stop.");
        await Refused(() => done.SetPaceAsync(1), $"Run '{done.RunId}' is completed: a finished run has no pace to set.");
        var negative = await Assert.ThrowsAsync<ArgumentException>(() => ready.SetPaceAsync(-1));
        Assert.StartsWith("A pace cannot be negative; use 0 for as fast as possible.", negative.Message, StringComparison.Ordinal);

        // A refused command changes nothing, and publishes nothing after the update that finished a run.
        Assert.Equal(RunState.Ready, (await ready.GetStatusAsync()).State);
        Assert.Equal(completed, await done.GetStatusAsync());
        Assert.Equal((RunState.Paused, 1), ((await paused.GetStatusAsync()).State, (await paused.GetStatusAsync()).TicksDone));
    }

    private static async Task Refused(Func<Task> command, string message)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(command);
        Assert.Equal(message, refused.Message);
    }
}
