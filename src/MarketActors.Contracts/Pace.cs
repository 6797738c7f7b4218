using System.Globalization;

namespace MarketActors.Contracts;

/// <summary>
/// How fast a run goes: as fast as possible, or a number of virtual days per second of wall-clock time, for people
/// who watch. A single wait never exceeds <see cref="MaxWaitSeconds"/>, so that quiet years do not stall a replay.
/// The pace never changes what a run computes.
/// </summary>
/// <param name="VirtualDaysPerSecond">Virtual days per wall-clock second; zero for as fast as possible.</param>
[GenerateSerializer, Immutable, Alias("ma.pace")]
public readonly record struct Pace([property: Id(0)] decimal VirtualDaysPerSecond)
{
    /// <summary>The longest wait between two ticks, in seconds.</summary>
    public const double MaxWaitSeconds = 2.0;

    /// <summary>No waiting between ticks.</summary>
    public static Pace AsFastAsPossible { get; } = new(0m);

    /// <summary>True when the run does not wait.</summary>
    public bool IsAsFastAsPossible => VirtualDaysPerSecond <= 0;

    /// <summary>The wait between two ticks that are <paramref name="days"/> apart.</summary>
    public TimeSpan WaitFor(int days) =>
        IsAsFastAsPossible || days <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxWaitSeconds, (double)(days / VirtualDaysPerSecond)));

    /// <inheritdoc />
    public override string ToString() =>
        IsAsFastAsPossible ? "as fast as possible" : VirtualDaysPerSecond.ToString(CultureInfo.InvariantCulture) + " virtual days per second";
}
