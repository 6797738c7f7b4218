using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Client;

/// <summary>One run of the cluster: control it, query it, follow it.</summary>
public sealed class RunHandle
{
    private readonly IClusterClient _grains;
    private readonly IRunGrain _run;

    internal RunHandle(IClusterClient grains, string runId)
    {
        _grains = grains;
        RunId = runId;
        _run = grains.Run(runId);
    }

    /// <summary>The run's id.</summary>
    public string RunId { get; }

    /// <summary>What the run is, or null if nothing was loaded into it.</summary>
    public Task<RunInfo?> GetInfoAsync() => _run.GetInfo();

    /// <summary>Its plan: the world (actors, people, GPU catalog) and the schedule of events.</summary>
    public Task<RunPlan> GetPlanAsync() => _run.GetPlan();

    /// <summary>Its status now.</summary>
    public Task<RunStatus> GetStatusAsync() => _run.GetStatus();

    /// <summary>Starts a ready run.</summary>
    public Task<RunStatus> StartAsync() => _run.Start();

    /// <summary>Pauses a running run after its current tick.</summary>
    public Task<RunStatus> PauseAsync() => _run.Pause();

    /// <summary>Resumes a paused run.</summary>
    public Task<RunStatus> ResumeAsync() => _run.Resume();

    /// <summary>Applies one tick of a ready or paused run.</summary>
    public Task<RunStatus> StepAsync() => _run.Step();

    /// <summary>Sets the pace: 0 for as fast as possible, or virtual days per second.</summary>
    public Task<RunStatus> SetPaceAsync(decimal virtualDaysPerSecond) => _run.SetPace(new Pace(virtualDaysPerSecond));

    /// <summary>Stops the run for good.</summary>
    public Task<RunStatus> StopAsync() => _run.Stop();

    /// <summary>An actor as of the end of a date (the last tick applied when null).</summary>
    public Task<ActorView> GetActorAsync(string actor, DateOnly? at = null) => _run.GetActor(new ActorId(actor), at);

    /// <summary>Every value a metric of an actor took, by date.</summary>
    public Task<ImmutableArray<SeriesPoint>> GetSeriesAsync(string actor, string metric) => _run.GetSeries(new ActorId(actor), metric);

    /// <summary>A metric's value at the end of a date (zero before it was ever set).</summary>
    public async Task<decimal> GetMetricAsync(string actor, string metric, DateOnly at)
    {
        var series = await GetSeriesAsync(actor, metric);
        return series.LastOrDefault(p => p.At <= at)?.Value ?? 0m;
    }

    /// <summary>The outputs of a completed or stopped run.</summary>
    public Task<RunOutput> GetOutputAsync() => _run.GetOutput();

    /// <summary>
    /// Waits until the run completes, fails or is stopped, reporting its status at each update of its live feed.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing is loaded into the run.</exception>
    public async Task<RunStatus> WaitAsync(IProgress<RunStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var feed = await SubscribeAsync(cancellationToken);
        var status = feed.Snapshot.Status;
        progress?.Report(status);
        if (status.IsFinished)
        {
            return status;
        }

        // The feed ends with the update that finishes the run.
        await foreach (var update in feed.ReadAllAsync(cancellationToken))
        {
            status = update.Status;
            progress?.Report(status);
        }

        return status;
    }

    /// <summary>
    /// Subscribes to the live feed: a snapshot of everything applied so far, then every later update exactly once
    /// and in order (see <see cref="RunSubscription"/>).
    /// </summary>
    public Task<RunSubscription> SubscribeAsync(CancellationToken cancellationToken = default) =>
        RunSubscription.StartAsync(_grains, _run, cancellationToken);
}
