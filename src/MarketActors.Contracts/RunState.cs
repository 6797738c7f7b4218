namespace MarketActors.Contracts;

/// <summary>Where a run is in its life.</summary>
[GenerateSerializer]
public enum RunState
{
    /// <summary>No plan loaded yet.</summary>
    Empty = 0,

    /// <summary>Applying ticks.</summary>
    Running = 1,

    /// <summary>Every tick applied; the output is ready.</summary>
    Completed = 2,

    /// <summary>Stopped by an error; see <see cref="RunStatus.Error"/>.</summary>
    Failed = 3,
}
