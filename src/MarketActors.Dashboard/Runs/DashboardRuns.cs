using System.Collections.Concurrent;
using MarketActors.Client;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Reporting;

namespace MarketActors.Dashboard.Runs;

/// <summary>
/// The runs of the cluster as the dashboard serves them: found through the registry, followed by a tracker, and
/// seen as a <see cref="RunView"/> of the ticks received so far (built once per update, with the actors' whole
/// books where the run can give them).
/// </summary>
internal sealed class DashboardRuns
{
    /// <summary>Above this many actors, books are rebuilt from the run's records instead of fetched one by one.</summary>
    public const int MaxBooksFetched = 256;

    private readonly MarketActorsClient _client;
    private readonly RunTrackers _trackers;
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<RunPlan>> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Seq, Task<RunSoFarView> Build)> _views = new(StringComparer.Ordinal);

    public DashboardRuns(MarketActorsClient client, RunTrackers trackers)
    {
        _client = client;
        _trackers = trackers;
    }

    /// <summary>The client, for loading scenarios.</summary>
    public MarketActorsClient Client => _client;

    /// <summary>Every run with its status, newest first.</summary>
    public async Task<IReadOnlyList<(RunInfo Info, RunStatus Status)>> ListAsync()
    {
        var runs = await _client.ListRunsAsync();
        var statuses = await Task.WhenAll(runs.Select(r => _client.Run(r.RunId).GetStatusAsync()));
        foreach (var run in runs)
        {
            _known[run.RunId] = 0;
        }

        return [.. runs.Zip(statuses).OrderByDescending(r => r.First.Created)];
    }

    /// <summary>A run of the registry, or <see cref="NotFoundException"/>.</summary>
    public async Task<RunHandle> FindAsync(string runId)
    {
        if (!_known.ContainsKey(runId))
        {
            var runs = await _client.ListRunsAsync();
            if (!runs.Any(r => r.RunId == runId))
            {
                throw new NotFoundException($"There is no run '{runId}' in the cluster; GET /api/runs lists them.");
            }

            _known[runId] = 0;
        }

        return _client.Run(runId);
    }

    /// <summary>The tracker that follows a run.</summary>
    public async Task<RunTracker> TrackAsync(string runId, CancellationToken cancellationToken) =>
        await _trackers.GetAsync(await FindAsync(runId), cancellationToken);

    /// <summary>A run's plan (it never changes).</summary>
    public async Task<RunPlan> PlanAsync(string runId)
    {
        var run = await FindAsync(runId);
        var task = _plans.GetOrAdd(runId, _ => run.GetPlanAsync());
        try
        {
            return await task;
        }
        catch
        {
            _plans.TryRemove(KeyValuePair.Create(runId, task));
            throw;
        }
    }

    /// <summary>An actor of a run's world, or <see cref="NotFoundException"/>.</summary>
    public async Task<ActorProfile> ActorAsync(string runId, string actor)
    {
        var world = (await PlanAsync(runId)).World;
        var id = new ActorId(actor);
        return world.Has(id) ? world.Profile(id) : throw new NotFoundException($"Run '{runId}' has no actor '{actor}'; GET /api/runs/{runId}/actors lists them.");
    }

    /// <summary>The run so far: the tracker's state and a view of it.</summary>
    public async Task<RunSoFarView> ViewAsync(string runId, CancellationToken cancellationToken)
    {
        var tracker = await TrackAsync(runId, cancellationToken);
        var state = tracker.State;
        if (_views.TryGetValue(runId, out var cached) && cached.Seq == state.Seq)
        {
            return await cached.Build;
        }

        var entry = (state.Seq, BuildAsync(runId, state));
        _views[runId] = entry;
        var built = await entry.Item2;
        if (!built.Complete)
        {
            // A tick was in flight, so some books were missing: build the next request's view afresh.
            _views.TryRemove(KeyValuePair.Create(runId, entry));
        }

        return built;
    }

    private async Task<RunSoFarView> BuildAsync(string runId, RunSoFarState state)
    {
        var plan = await PlanAsync(runId);
        var books = new Dictionary<ActorId, ActorSnapshot>();
        var complete = true;
        if (!state.Ticks.IsEmpty && plan.World.Actors.Length <= MaxBooksFetched)
        {
            var at = state.Ticks[^1].At;
            var run = _client.Run(runId);
            var views = await Task.WhenAll(plan.World.Actors.Select(a => run.GetActorAsync(a.Id.Value, at)));
            foreach (var view in views.Where(v => v.At == at && v.Books is not null))
            {
                books[view.Actor] = view.Books!;
            }

            complete = books.Count == plan.World.Actors.Length;
        }

        return new RunSoFarView(state, RunSoFar.View(plan, state.Ticks, books), complete);
    }
}
