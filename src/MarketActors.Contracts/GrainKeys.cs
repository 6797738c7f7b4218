using MarketActors.Domain.Actors;

namespace MarketActors.Contracts;

/// <summary>How grain keys carry the run id, so that many runs share a cluster without meeting.</summary>
public static class GrainKeys
{
    /// <summary>The key of an actor's grain in a run.</summary>
    public static string Actor(string runId, ActorId actor) => runId + "/" + actor.Value;

    /// <summary>Splits an actor grain's key into run id and actor id.</summary>
    public static (string RunId, ActorId Actor) ParseActor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var cut = key.LastIndexOf('/');
        if (cut <= 0 || cut == key.Length - 1)
        {
            throw new ArgumentException($"'{key}' is not an actor grain key (run/actor).", nameof(key));
        }

        return (key[..cut], new ActorId(key[(cut + 1)..]));
    }

    /// <summary>True when a run id can be used in grain keys.</summary>
    public static bool IsValidRunId(string runId) => !string.IsNullOrWhiteSpace(runId) && !runId.Contains('/', StringComparison.Ordinal);
}
