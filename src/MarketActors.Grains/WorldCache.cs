using System.Collections.Concurrent;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;

namespace MarketActors.Grains;

/// <summary>
/// Each silo fetches a run's world from its coordinator once, however many of the run's actors it hosts.
/// </summary>
public sealed class WorldCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<World>>> _worlds = new(StringComparer.Ordinal);

    /// <summary>The world of a run, fetched on first use.</summary>
    public Task<World> Get(IGrainFactory grains, string runId)
    {
        var lazy = _worlds.GetOrAdd(runId, id => new Lazy<Task<World>>(() => grains.Run(id).GetWorld()));
        if (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            _worlds.TryRemove(KeyValuePair.Create(runId, lazy));
        }

        return lazy.Value;
    }
}
