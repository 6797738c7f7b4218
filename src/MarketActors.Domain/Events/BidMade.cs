using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// Bidders offered to buy a share of a company at a price. No money moves and no shares change hands: the bid stays
/// open until an acquisition completes it or an <see cref="OfferClosed"/> event says it was rejected, withdrawn or lapsed.
/// </summary>
/// <param name="Target">The company bid for.</param>
/// <param name="Bidders">Who bids (one or several together).</param>
/// <param name="Price">The price offered for the share bid for.</param>
/// <param name="Stake">The share bid for (0–1).</param>
[GenerateSerializer, Immutable, Alias("ma.bid-made")]
public sealed record BidMade(
    [property: Id(0)] ActorId Target,
    [property: Id(1)] ImmutableArray<ActorId> Bidders,
    [property: Id(2)] Figure Price,
    [property: Id(3)] decimal Stake) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Target;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Target, .. Bidders];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{string.Join(" and ", Bidders.Select(names.NameOf))} bid {Say.Money(Price)} for {Metrics.Format.Percent(Stake)} of {names.NameOf(Target)}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Price = map("price", Price) };
    }
}
