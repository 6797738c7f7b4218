namespace MarketActors.Contracts;

/// <summary>A run's progress, for progress bars and for clients waiting on it.</summary>
/// <param name="State">Where the run is.</param>
/// <param name="TicksDone">Ticks applied so far.</param>
/// <param name="TicksTotal">Ticks in the plan.</param>
/// <param name="At">The virtual date of the last tick applied, if any.</param>
/// <param name="Error">What stopped a failed run.</param>
/// <param name="ErrorEventSeq">The event that broke a rule, when that is what stopped it; otherwise -1.</param>
/// <param name="Pace">How fast it goes.</param>
/// <param name="Seq">The sequence number of the last update published; a snapshot taken now covers updates up to it.</param>
[GenerateSerializer, Immutable, Alias("ma.run-status")]
public sealed record RunStatus(
    [property: Id(0)] RunState State,
    [property: Id(1)] int TicksDone,
    [property: Id(2)] int TicksTotal,
    [property: Id(3)] DateOnly? At,
    [property: Id(4)] string? Error,
    [property: Id(5)] int ErrorEventSeq,
    [property: Id(6)] Pace Pace,
    [property: Id(7)] long Seq)
{
    /// <summary>The status of a run with nothing loaded.</summary>
    public static RunStatus Empty { get; } = new(RunState.Empty, 0, 0, null, null, -1, Pace.AsFastAsPossible, 0);

    /// <summary>True once the run will change no more.</summary>
    public bool IsFinished => State is RunState.Completed or RunState.Failed or RunState.Stopped;
}
