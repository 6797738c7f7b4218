using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Output;

namespace MarketActors.Contracts;

/// <summary>
/// An actor of a run at a virtual date: its metrics and the balances of its accounts as of the end of that date,
/// rebuilt from the run's records; and, when the run is at rest and the date is its last, its whole books.
/// </summary>
/// <param name="Actor">The actor.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="At">The date, or null for before the first tick.</param>
/// <param name="Metrics">Its non-zero metrics, by name.</param>
/// <param name="Balances">Its balance-book accounts, by name (signed, debit positive).</param>
/// <param name="Memo">Its memo-book accounts, by name.</param>
/// <param name="Books">Its whole books (registers, capacity by model, records), when available.</param>
[GenerateSerializer, Immutable, Alias("ma.actor-view")]
public sealed record ActorView(
    [property: Id(0)] ActorId Actor,
    [property: Id(1)] string Name,
    [property: Id(2)] ActorKind Kind,
    [property: Id(3)] DateOnly? At,
    [property: Id(4)] ImmutableArray<KeyValuePair<string, decimal>> Metrics,
    [property: Id(5)] ImmutableArray<KeyValuePair<string, decimal>> Balances,
    [property: Id(6)] ImmutableArray<KeyValuePair<string, decimal>> Memo,
    [property: Id(7)] ActorSnapshot? Books);
