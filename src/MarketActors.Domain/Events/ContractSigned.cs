using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A buyer contracted to buy from a seller (compute, chips, power) for a total over a term. No money moves when it is
/// signed: the seller's backlog and the buyer's purchase commitments record it.
/// </summary>
/// <param name="Buyer">Who buys.</param>
/// <param name="Seller">Who sells.</param>
/// <param name="Total">The contract's total value.</param>
/// <param name="Term">Over how long, as written ("5y"), if stated.</param>
/// <param name="What">What is bought ("Azure compute"), if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.contract-signed")]
public sealed record ContractSigned(
    [property: Id(0)] ActorId Buyer,
    [property: Id(1)] ActorId Seller,
    [property: Id(2)] Figure Total,
    [property: Id(3)] string? Term,
    [property: Id(4)] string? What) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Seller;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Seller, Buyer];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Buyer)} contracts to buy {(What is null ? string.Empty : What + " ")}from {names.NameOf(Seller)} for {Say.Money(Total)}"
        + (Term is null ? string.Empty : $" over {Term}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Total = map("total", Total) };
    }
}
