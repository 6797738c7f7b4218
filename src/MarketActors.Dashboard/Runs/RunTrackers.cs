using System.Collections.Concurrent;
using MarketActors.Client;

namespace MarketActors.Dashboard.Runs;

/// <summary>
/// One <see cref="RunTracker"/> per run, created on first use and shared by every page and feed. Trackers of
/// finished runs are dropped, oldest first, beyond <see cref="MaxTracked"/>.
/// </summary>
internal sealed class RunTrackers : IAsyncDisposable
{
    /// <summary>The most runs followed at once.</summary>
    public const int MaxTracked = 64;

    private readonly ConcurrentDictionary<string, Lazy<Task<RunTracker>>> _trackers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _used = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The tracker of a run, subscribing to it the first time.</summary>
    public async Task<RunTracker> GetAsync(RunHandle run, CancellationToken cancellationToken)
    {
        _used[run.RunId] = Interlocked.Increment(ref _clock);
        var lazy = _trackers.GetOrAdd(run.RunId, _ => new Lazy<Task<RunTracker>>(() => RunTracker.StartAsync(run, CancellationToken.None)));
        RunTracker tracker;
        try
        {
            tracker = await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _trackers.TryRemove(KeyValuePair.Create(run.RunId, lazy));
            throw;
        }

        if (tracker.Broken && _trackers.TryRemove(KeyValuePair.Create(run.RunId, lazy)))
        {
            await tracker.DisposeAsync();
            return await GetAsync(run, cancellationToken);
        }

        await TrimAsync();
        return tracker;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _trackers.Values)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
            {
                await lazy.Value.Result.DisposeAsync();
            }
        }

        _trackers.Clear();
    }

    private async Task TrimAsync()
    {
        if (_trackers.Count <= MaxTracked)
        {
            return;
        }

        var oldest = _trackers
            .Where(t => t.Value.IsValueCreated && t.Value.Value.IsCompletedSuccessfully && t.Value.Value.Result.Ended)
            .OrderBy(t => _used.GetValueOrDefault(t.Key))
            .Take(_trackers.Count - MaxTracked)
            .ToList();
        foreach (var (runId, lazy) in oldest)
        {
            if (_trackers.TryRemove(KeyValuePair.Create(runId, lazy)))
            {
                _used.TryRemove(runId, out _);
                await lazy.Value.Result.DisposeAsync();
            }
        }
    }
}
