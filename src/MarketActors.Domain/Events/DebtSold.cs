using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// Holders of a borrower's debt sold (or, when not <see cref="Completed"/>, offered) part of it at a price
/// given as a fraction of face. Either way the price marks every holder's position in that debt.
/// </summary>
/// <param name="Borrower">Whose debt it is.</param>
/// <param name="Face">The face value sold or offered.</param>
/// <param name="Price">The price as a fraction of face (0.9 for 90%), possibly a range.</param>
/// <param name="Sellers">Who sells, pro rata to their holdings; empty for every holder but the buyer.</param>
/// <param name="Buyer">Who buys; the outside world when not named.</param>
/// <param name="Completed">True for a sale, false for an offer that has not settled.</param>
/// <param name="Arranger">The bank arranging the sale, if named.</param>
/// <param name="Fills">For a sale: the id of the offer it fills (in part or whole), if any.</param>
/// <param name="Supersedes">For an offer: the id of an earlier offer it replaces, if any.</param>
[GenerateSerializer, Immutable, Alias("ma.debt-sold")]
public sealed record DebtSold(
    [property: Id(0)] ActorId Borrower,
    [property: Id(1)] Figure Face,
    [property: Id(2)] Figure Price,
    [property: Id(3)] ImmutableArray<ActorId> Sellers,
    [property: Id(4)] ActorId Buyer,
    [property: Id(5)] bool Completed,
    [property: Id(6)] ActorId? Arranger,
    [property: Id(7)] string? Fills = null,
    [property: Id(8)] string? Supersedes = null) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Borrower;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors =>
        [Borrower, Buyer, .. Sellers, .. Arranger is { } a ? new[] { a } : []];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        (Arranger is { } a ? names.NameOf(a) + (Completed ? " sells " : " offers ") : Completed ? "Holders sell " : "Holders offer ")
        + $"{Say.Money(Face)} of {names.NameOf(Borrower)} debt at {Say.Percent(Price)} of face"
        + (Buyer == ActorId.Outside ? string.Empty : $" to {names.NameOf(Buyer)}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Face = map("face", Face), Price = map("price", Price) };
    }
}
