using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>
/// An offer (of debt for sale) or a bid ended without completing: withdrawn, rejected or lapsed. What was offered
/// stops counting as on offer; the record keeps the outcome.
/// </summary>
/// <param name="Party">The actor whose books hold the offer (the borrower, for debt offered); set from the offer named.</param>
/// <param name="Offer">The id of the offer or bid.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Reason">Why, if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.offer-closed")]
public sealed record OfferClosed(
    [property: Id(0)] ActorId Party,
    [property: Id(1)] string Offer,
    [property: Id(2)] OfferOutcome Outcome,
    [property: Id(3)] string? Reason) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Party;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Party];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Party)}: offer {Offer} {Outcome.ToString().ToLowerInvariant()}" + (Reason is null ? string.Empty : $" ({Reason})");
}
