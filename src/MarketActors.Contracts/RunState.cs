namespace MarketActors.Contracts;

/// <summary>Where a run is in its life.</summary>
[GenerateSerializer]
public enum RunState
{
    /// <summary>No scenario loaded yet.</summary>
    Empty = 0,

    /// <summary>Applying ticks, paced or as fast as possible.</summary>
    Running = 1,

    /// <summary>Every tick applied; the output is ready.</summary>
    Completed = 2,

    /// <summary>Stopped by an error; see <see cref="RunStatus.Error"/>.</summary>
    Failed = 3,

    /// <summary>Loaded and waiting to be started or stepped.</summary>
    Ready = 4,

    /// <summary>Started, then paused between two ticks; resume or step it.</summary>
    Paused = 5,

    /// <summary>Stopped before its end by a client; what was applied stays queryable.</summary>
    Stopped = 6,
}
