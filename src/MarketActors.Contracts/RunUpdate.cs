using MarketActors.Domain.Output;

namespace MarketActors.Contracts;

/// <summary>
/// One entry of a run's live feed. Sequence numbers start at 1 and have no gaps, so a subscriber can tell a
/// missing or repeated update from the next one.
/// </summary>
/// <param name="Seq">The update's sequence number.</param>
/// <param name="Status">The run's status after it.</param>
/// <param name="Tick">The tick it applied (its events with their deltas, the metrics it moved, its ledger); null for a change of state only.</param>
[GenerateSerializer, Immutable, Alias("ma.run-update")]
public sealed record RunUpdate([property: Id(0)] long Seq, [property: Id(1)] RunStatus Status, [property: Id(2)] TickRecord? Tick);
