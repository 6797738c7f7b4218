using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using Microsoft.Extensions.Logging;

namespace MarketActors.Grains;

/// <summary>
/// Coordinates one run. For each tick it orders superstep 0 with the tick's events, then every following
/// superstep for the actors that received messages, until none did. Awaiting every actor's report is the
/// barrier. It applies no rule itself; it only records what the actors report.
/// </summary>
public sealed class RunGrain : Grain, IRunGrain
{
    private readonly ILogger<RunGrain> _logger;
    private RunPlan? _plan;
    private RunRecorder? _recorder;
    private RunOutput? _output;
    private ImmutableArray<Tick> _ticks = [];
    private RunStatus _status = new(RunState.Empty, 0, 0, null, null, -1);

    /// <summary>Creates the grain.</summary>
    public RunGrain(ILogger<RunGrain> logger)
    {
        _logger = logger;
    }

    private string RunId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    Task IRunGrain.Start(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (_plan is not null)
        {
            throw new InvalidOperationException($"Run '{RunId}' has already been started.");
        }

        if (!GrainKeys.IsValidRunId(RunId))
        {
            throw new ArgumentException($"'{RunId}' cannot be a run id: it must be non-empty and contain no '/'.");
        }

        _plan = plan;
        _ticks = plan.Ticks();
        _recorder = new RunRecorder(plan);
        _status = new RunStatus(RunState.Running, 0, _ticks.Length, null, null, -1);

        // The loop runs on this activation's scheduler, between the calls it receives.
        _ = RunLoop();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task<RunStatus> IRunGrain.GetStatus() => Task.FromResult(_status);

    /// <inheritdoc />
    Task<World> IRunGrain.GetWorld() =>
        _plan is { } plan ? Task.FromResult(plan.World) : throw new InvalidOperationException($"Run '{RunId}' has no plan yet.");

    /// <inheritdoc />
    Task<RunOutput> IRunGrain.GetOutput() => _status.State switch
    {
        RunState.Completed => Task.FromResult(_output!),
        RunState.Failed => throw new InvalidOperationException($"Run '{RunId}' failed: {_status.Error}"),
        _ => throw new InvalidOperationException($"Run '{RunId}' has not completed."),
    };

    private async Task RunLoop()
    {
        try
        {
            foreach (var tick in _ticks)
            {
                DelayDeactivation(TimeSpan.FromMinutes(30));
                await RunTick(tick);
                _status = _status with { TicksDone = tick.Index + 1, At = tick.At };
            }

            var snapshots = await Task.WhenAll(_plan!.World.Actors.Select(a => GrainFactory.Actor(RunId, a.Id).GetSnapshot()));
            _output = _recorder!.Complete(snapshots);
            _status = _status with { State = RunState.Completed };
        }
        catch (Exception ex)
        {
            var seq = ex is RuleViolationException rule ? rule.EventSeq : -1;
            _logger.LogError(ex, "Run {RunId} failed", RunId);
            _status = _status with { State = RunState.Failed, Error = ex.Message, ErrorEventSeq = seq };
        }
    }

    private async Task RunTick(Tick tick)
    {
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

            var orders = active.Select(actor => GrainFactory.Actor(RunId, actor).RunSuperstep(
                new StepRequest(tick.Index, tick.At, step, step == 0 ? seeded[actor] : [])));
            var reports = await Task.WhenAll(orders);
            active = [];
            foreach (var report in reports)
            {
                applied.AddRange(report.Applied);
                active.UnionWith(report.SentTo);
            }

            step++;
        }

        _recorder!.Record(tick, step, applied);
    }
}
