using System.Collections.Immutable;

namespace MarketActors.Domain.Output;

/// <summary>Everything a run produced, in a fixed order: two runs of the same plan give equal outputs.</summary>
/// <param name="Timeline">Every event applied, in schedule order, with its deltas.</param>
/// <param name="Series">Every change of every metric, by date, actor and metric.</param>
/// <param name="Ledger">Every ledger leg, by date, event and entry.</param>
/// <param name="Actors">Every actor's books at the end, by id.</param>
[GenerateSerializer, Immutable, Alias("ma.run-output")]
public sealed record RunOutput(
    [property: Id(0)] ImmutableArray<TimelineEntry> Timeline,
    [property: Id(1)] ImmutableArray<SeriesPoint> Series,
    [property: Id(2)] ImmutableArray<LedgerRow> Ledger,
    [property: Id(3)] ImmutableArray<ActorSnapshot> Actors);
