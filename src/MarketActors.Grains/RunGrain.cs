using System.Collections.Immutable;
using System.Diagnostics;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Scenarios;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace MarketActors.Grains;

/// <summary>
/// Coordinates one run. For each tick it orders superstep 0 with the tick's events, then every following
/// superstep for the actors that received messages, until none did; awaiting every actor's report is the
/// barrier. It applies no rule itself: it records what the actors report, publishes each tick to its
/// subscribers, and answers queries from its records. Commands (start, pause, step...) take effect between ticks.
/// </summary>
/// <remarks>
/// The run lives in this activation's memory for up to a week of inactivity; it is not persisted.
/// </remarks>
[CollectionAgeLimit(Days = 7)]
public sealed partial class RunGrain : Grain, IRunGrain
{
    private readonly ILogger<RunGrain> _logger;
    private readonly TimeProvider _time;
    private readonly EngineTelemetry _telemetry;
    private readonly ObserverManager<IRunObserver> _observers;
    private readonly List<RunUpdate> _updates = [];
    private RunPlan? _plan;
    private RunInfo? _info;
    private RunRecorder? _recorder;
    private RunOutput? _output;
    private ImmutableArray<Tick> _ticks = [];
    private RunStatus _status = RunStatus.Empty;
    private Task _loop = Task.CompletedTask;
    private Task _reads = Task.CompletedTask;
    private bool _inTick;
    private TaskCompletionSource? _wake;
    private bool _stopping;
    private decimal _gpusOnline;

    /// <summary>Creates the grain.</summary>
    public RunGrain(ILogger<RunGrain> logger, TimeProvider time, EngineTelemetry telemetry)
    {
        _logger = logger;
        _time = time;
        _telemetry = telemetry;
        _observers = new ObserverManager<IRunObserver>(TimeSpan.FromMinutes(5), logger);
    }

    private string RunId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _telemetry.Forget(RunId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    async Task<LoadResult> IRunGrain.Load(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var overlays = source.Overlays.IsDefault ? [] : source.Overlays.Select(o => new Scenarios.Compile.ScenarioText(o.Text, o.FileName)).ToList();
        var result = ScenarioLoader.CompileAndCheck(source.Text, source.FileName, overlays, source.Seed, source.AsKnownAt);
        if (result.Scenario is not { } scenario)
        {
            return new LoadResult(null, [.. result.Diagnostics.Select(d => new ScenarioProblem(d.File, d.Line, d.Column, d.Message))]);
        }

        var plan = source.Until is { } until ? scenario.Plan.Until(until) : scenario.Plan;
        return new LoadResult(await LoadPlan(plan, source.FileName), []);
    }

    /// <inheritdoc />
    Task<RunInfo> IRunGrain.LoadPlan(RunPlan plan, string source) => LoadPlan(plan, source);

    /// <inheritdoc />
    Task<RunStatus> IRunGrain.Start()
    {
        Require(RunState.Ready, "start");
        return Run();
    }

    /// <inheritdoc />
    Task<RunStatus> IRunGrain.Pause()
    {
        Require(RunState.Running, "pause");
        Publish(_status with { State = RunState.Paused }, null);
        Wake();
        return Task.FromResult(_status);
    }

    /// <inheritdoc />
    Task<RunStatus> IRunGrain.Resume()
    {
        Require(RunState.Paused, "resume");
        return Run();
    }

    /// <inheritdoc />
    async Task<RunStatus> IRunGrain.Step()
    {
        if (_status.State is not (RunState.Ready or RunState.Paused))
        {
            throw new InvalidOperationException($"Run '{RunId}' is {Describe(_status.State)}: only a ready or paused run can be stepped.");
        }

        // A pause takes effect after the tick in flight: let it land before applying the next one.
        await _loop;
        await Advance();
        if (!_status.IsFinished)
        {
            Publish(_status with { State = RunState.Paused }, null);
        }

        return _status;
    }

    /// <inheritdoc />
    Task<RunStatus> IRunGrain.SetPace(Pace pace)
    {
        if (pace.VirtualDaysPerSecond < 0)
        {
            throw new ArgumentException("A pace cannot be negative; use 0 for as fast as possible.", nameof(pace));
        }

        if (_status.IsFinished)
        {
            // The feed has ended with the update that finished the run; nothing may follow it.
            throw new InvalidOperationException($"Run '{RunId}' is {Describe(_status.State)}: a finished run has no pace to set.");
        }

        Publish(_status with { Pace = pace }, null);
        Wake();
        return Task.FromResult(_status);
    }

    /// <inheritdoc />
    async Task<RunStatus> IRunGrain.Stop()
    {
        if (_status.State is RunState.Empty || _status.IsFinished)
        {
            throw new InvalidOperationException($"Run '{RunId}' is {Describe(_status.State)}: there is nothing to stop.");
        }

        _stopping = true;
        Wake();
        await _loop;
        if (!_status.IsFinished)
        {
            await Finish(RunState.Stopped);
        }

        return _status;
    }

    /// <inheritdoc />
    Task<RunStatus> IRunGrain.GetStatus() => Task.FromResult(_status);

    /// <inheritdoc />
    Task<RunInfo?> IRunGrain.GetInfo() => Task.FromResult(_info);

    /// <inheritdoc />
    Task<World> IRunGrain.GetWorld() =>
        _plan is { } plan ? Task.FromResult(plan.World) : throw new InvalidOperationException($"Run '{RunId}' has no scenario loaded.");

    /// <inheritdoc />
    Task<RunPlan> IRunGrain.GetPlan() =>
        _plan is { } plan ? Task.FromResult(plan) : throw new InvalidOperationException($"Run '{RunId}' has no scenario loaded.");

    private async Task<RunInfo> LoadPlan(RunPlan plan, string source)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (_plan is not null)
        {
            throw new InvalidOperationException($"Run '{RunId}' already has a scenario; start a new run for another.");
        }

        if (!GrainKeys.IsValidRunId(RunId))
        {
            throw new ArgumentException($"'{RunId}' cannot be a run id: it must be non-empty and contain no '/'.");
        }

        _plan = plan;
        _ticks = plan.Ticks();
        _recorder = new RunRecorder(plan);
        var info = new RunInfo(RunId, plan.World.ScenarioId, plan.World.Title, source, plan.Seed, plan.World.Actors.Length - 1, plan.Events.Length,
            _ticks.Length, _ticks.IsEmpty ? null : _ticks[0].At, _ticks.IsEmpty ? null : _ticks[^1].At, 0);
        var created = await GrainFactory.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.Key).Register(info);
        _info = info with { Created = created };
        Publish(_status with { State = RunState.Ready, TicksTotal = _ticks.Length }, null);
        return _info;
    }

    private Task<RunStatus> Run()
    {
        Publish(_status with { State = RunState.Running }, null);
        if (_loop.IsCompleted)
        {
            // The loop runs on this activation's scheduler, between the calls it receives.
            _loop = Loop();
        }

        return Task.FromResult(_status);
    }

    private async Task Loop()
    {
        // The loop outlives the call that started it: its ticks are traces of their own, not spans of that call.
        Activity.Current = null;
        while (_status.State == RunState.Running && !_stopping)
        {
            DelayDeactivation(TimeSpan.FromHours(1));
            var before = _status.TicksDone;
            await Advance();
            if (_status.TicksDone < _ticks.Length)
            {
                await WaitBeforeNextTick(_ticks[_status.TicksDone].At.DayNumber - _ticks[before].At.DayNumber);
            }
        }
    }

    /// <summary>
    /// Waits as long as the pace asks between two ticks that are <paramref name="days"/> apart. A pause, a stop or a
    /// new pace cuts the wait short (<see cref="Wake"/>); under a new pace the wait starts again at that pace.
    /// </summary>
    private async Task WaitBeforeNextTick(int days)
    {
        while (_status.State == RunState.Running && !_stopping)
        {
            var wait = _status.Pace.WaitFor(days);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            var wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _wake = wake;
            var delay = Task.Delay(wait, _time);
            if (await Task.WhenAny(delay, wake.Task) == delay)
            {
                return;
            }
        }
    }

    /// <summary>Ends the wait between two ticks, if the loop is in one, so that it looks at the state and the pace again.</summary>
    private void Wake() => _wake?.TrySetResult();

    /// <summary>Applies the next tick, or finishes the run when none is left; a failure fails the run.</summary>
    private async Task Advance()
    {
        try
        {
            if (_status.TicksDone >= _ticks.Length)
            {
                await Finish(RunState.Completed);
                return;
            }

            var tick = _ticks[_status.TicksDone];
            TickRecord record;
            _inTick = true;
            try
            {
                // Books being read between ticks are read before this tick touches them.
                await _reads.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                record = await RunTick(tick);
            }
            finally
            {
                _inTick = false;
            }

            Publish(_status with { TicksDone = tick.Index + 1, At = tick.At }, record);
            if (_status.TicksDone == _ticks.Length)
            {
                await Finish(RunState.Completed);
            }
        }
        catch (Exception ex)
        {
            var seq = ex is RuleViolationException rule ? rule.EventSeq : -1;
            _logger.LogError(ex, "Run {RunId} failed", RunId);
            Publish(_status with { State = RunState.Failed, Error = ex.Message, ErrorEventSeq = seq }, null);
        }
    }

    private async Task<TickRecord> RunTick(Tick tick)
    {
        var started = _time.GetUtcNow();
        using var span = EngineTelemetry.StartTick(RunId, tick);
        var applied = new List<AppliedMessage>();
        var seeded = RunPlan.Deliveries(tick).GroupBy(m => m.Target).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var active = seeded.Keys.ToHashSet();
        var step = 0;
        while (active.Count > 0)
        {
            if (step >= Superstep.MaxPerTick)
            {
                throw Superstep.Runaway(tick);
            }

            using (EngineTelemetry.StartSuperstep(step, active.Count))
            {
                var orders = active.Select(actor => GrainFactory.Actor(RunId, actor).RunSuperstep(
                    new StepRequest(tick.Index, tick.At, step, step == 0 ? seeded[actor] : [])));
                var reports = await Task.WhenAll(orders);
                active = [];
                foreach (var report in reports)
                {
                    applied.AddRange(report.Applied);
                    active.UnionWith(report.SentTo);
                }
            }

            step++;
        }

        var record = _recorder!.Record(tick, step, applied);
        var cascades = Cascade.Of(tick, applied);
        _gpusOnline += cascades.Sum(c => c.GpusOnline);
        _telemetry.TickApplied(RunId, _plan!.World.ScenarioId, record, cascades, span, started);
        return record;
    }

    private async Task Finish(RunState state)
    {
        if (_output is null)
        {
            var snapshots = await Task.WhenAll(_plan!.World.Actors.Select(a => GrainFactory.Actor(RunId, a.Id).GetSnapshot()));
            _output = _recorder!.Complete(snapshots);
        }

        Publish(_status with { State = state }, null);
    }

    private void Require(RunState state, string verb)
    {
        if (_status.State != state)
        {
            throw new InvalidOperationException($"Run '{RunId}' is {Describe(_status.State)}: only a {Describe(state)} run can {verb}.");
        }
    }

    private static string Describe(RunState state) => state switch
    {
        RunState.Empty => "empty",
        _ => state.ToString().ToLowerInvariant(),
    };
}
