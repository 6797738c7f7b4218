using System.Collections.Immutable;
using MarketActors.Domain.Output;

namespace MarketActors.Contracts;

/// <summary>
/// A run as it stands, given to a subscriber when it joins: every tick applied so far. The live feed goes on from
/// the update after <see cref="Seq"/>.
/// </summary>
/// <param name="Seq">The last update this snapshot covers.</param>
/// <param name="Info">What the run is.</param>
/// <param name="Status">Its status.</param>
/// <param name="Ticks">Every tick applied, in order.</param>
[GenerateSerializer, Immutable, Alias("ma.run-snapshot")]
public sealed record RunSnapshot(
    [property: Id(0)] long Seq,
    [property: Id(1)] RunInfo Info,
    [property: Id(2)] RunStatus Status,
    [property: Id(3)] ImmutableArray<TickRecord> Ticks);
