using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Output;

/// <summary>An actor's books at one moment, for state tables, queries and comparisons.</summary>
/// <param name="Id">The actor.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name.</param>
/// <param name="Metrics">Its non-zero metrics, by name.</param>
/// <param name="Balances">Balance-book accounts, by name (signed, debit positive).</param>
/// <param name="Memo">Memo-book accounts, by name.</param>
/// <param name="Valuation">The valuation of 100% of its equity, if set.</param>
/// <param name="Holders">Who holds its equity, by share.</param>
/// <param name="Stakes">The shares it holds in others.</param>
/// <param name="DebtOwed">Its debt by holder, at face.</param>
/// <param name="DebtPrice">The last market price of its debt, if any.</param>
/// <param name="DebtHeld">The debt of others it holds, at face, by borrower.</param>
/// <param name="DebtHeldPrices">The last price seen of each borrower's debt it holds.</param>
/// <param name="Capacity">Its own GPUs by model.</param>
/// <param name="RolledUp">GPUs of sites that roll up to it, by model.</param>
/// <param name="DatacenterRegions">Its data-centre plan by region.</param>
/// <param name="Records">Its records, in the order they were made.</param>
[GenerateSerializer, Immutable, Alias("ma.actor-snapshot")]
public sealed record ActorSnapshot(
    [property: Id(0)] ActorId Id,
    [property: Id(1)] ActorKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] ImmutableArray<KeyValuePair<string, decimal>> Metrics,
    [property: Id(4)] ImmutableArray<KeyValuePair<string, decimal>> Balances,
    [property: Id(5)] ImmutableArray<KeyValuePair<string, decimal>> Memo,
    [property: Id(6)] decimal? Valuation,
    [property: Id(7)] ImmutableArray<ActorAmount> Holders,
    [property: Id(8)] ImmutableArray<ActorAmount> Stakes,
    [property: Id(9)] ImmutableArray<ActorAmount> DebtOwed,
    [property: Id(10)] Figure? DebtPrice,
    [property: Id(11)] ImmutableArray<ActorAmount> DebtHeld,
    [property: Id(12)] ImmutableArray<KeyValuePair<ActorId, Figure>> DebtHeldPrices,
    [property: Id(13)] ImmutableArray<CapacityLine> Capacity,
    [property: Id(14)] ImmutableArray<CapacityLine> RolledUp,
    [property: Id(15)] ImmutableArray<RegionCount> DatacenterRegions,
    [property: Id(16)] ImmutableArray<BookRecord> Records)
{
    /// <summary>Its own power, planned and brought online apart from GPU watts, if any.</summary>
    [Id(17)]
    public PowerLine? Power { get; init; }

    /// <summary>Power of sites that roll up to it, if any.</summary>
    [Id(18)]
    public PowerLine? RolledUpPower { get; init; }

    /// <summary>A metric's value, zero when absent.</summary>
    public decimal Metric(string name)
    {
        foreach (var (key, value) in Metrics)
        {
            if (key == name)
            {
                return value;
            }
        }

        return 0m;
    }
}
