using System.Collections.Immutable;

namespace MarketActors.Domain.Output;

/// <summary>What one tick produced: its timeline entries, the series points it moved and its ledger rows.</summary>
/// <param name="Index">The tick's index.</param>
/// <param name="At">Its date.</param>
/// <param name="Supersteps">How many supersteps its cascade took.</param>
/// <param name="Timeline">Its events with their deltas.</param>
/// <param name="Series">The metric values it changed.</param>
/// <param name="Ledger">The legs it posted.</param>
[GenerateSerializer, Immutable, Alias("ma.tick-record")]
public sealed record TickRecord(
    [property: Id(0)] int Index,
    [property: Id(1)] DateOnly At,
    [property: Id(2)] int Supersteps,
    [property: Id(3)] ImmutableArray<TimelineEntry> Timeline,
    [property: Id(4)] ImmutableArray<SeriesPoint> Series,
    [property: Id(5)] ImmutableArray<LedgerRow> Ledger);
