using MarketActors.Domain.Actors;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>Snapshots of an actor's books.</summary>
public sealed partial class ActorBook
{
    /// <summary>True when the books hold nothing now: no balance, record, register line, capacity or figure (entries that net to zero leave nothing).</summary>
    public bool IsEmpty =>
        _balances.Count == 0 && _memo.Count == 0 && _records.Count == 0 && Holders.Count == 0 && Stakes.Count == 0
        && DebtOwed.Count == 0 && DebtHeld.Count == 0 && Capacity.Count == 0 && RolledUp.Count == 0 && Figures.Count == 0
        && Valuation is null && DebtPrice is null && OpenOffers.Count == 0 && Rounds.Count == 0 && OpenBids.Count == 0 && Warrants.Count == 0 && WarrantValues.Count == 0
        && Power is null && RolledUpPower is null && Commitments.Count == 0;

    /// <summary>The books as they stand, every collection in a fixed order.</summary>
    public ActorSnapshot Snapshot() => new(
        Id,
        Profile.Kind,
        Profile.Name,
        [.. Metrics().Select(m => KeyValuePair.Create(m.Key, Amounts.Normalize(m.Value)))],
        [.. _balances.Select(b => KeyValuePair.Create(b.Key, Amounts.Normalize(b.Value)))],
        [.. _memo.Select(b => KeyValuePair.Create(b.Key, Amounts.Normalize(b.Value)))],
        Valuation,
        [.. Holders.Select(h => new ActorAmount(h.Key, h.Value))],
        [.. Stakes.Select(h => new ActorAmount(h.Key, h.Value))],
        [.. DebtOwed.Select(h => new ActorAmount(h.Key, h.Value))],
        DebtPrice,
        [.. DebtHeld.Select(h => new ActorAmount(h.Key, h.Value))],
        [.. DebtHeldPrices],
        [.. Capacity.Values],
        [.. RolledUp.Values],
        DatacenterRegions,
        [.. _records])
    {
        Power = Power,
        RolledUpPower = RolledUpPower,
    };
}
