using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Buyers bought shares of a company from its holders (and from outside the scenario) for cash.</summary>
/// <param name="Target">The company bought.</param>
/// <param name="Price">The price paid for all the shares bought together.</param>
/// <param name="Buyers">Each buyer with the share of the company it bought (0–1).</param>
/// <param name="Completes">The id of the bid this acquisition completes, if any.</param>
[GenerateSerializer, Immutable, Alias("ma.company-acquired")]
public sealed record CompanyAcquired(
    [property: Id(0)] ActorId Target,
    [property: Id(1)] Figure Price,
    [property: Id(2)] ImmutableArray<ActorAmount> Buyers,
    [property: Id(3)] string? Completes = null) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Target;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Target, .. Buyers.Select(b => b.Actor)];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => Buyers.Select(b => (b.Actor, Target));

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{string.Join(" and ", Buyers.Select(b => names.NameOf(b.Actor)))} buy {Metrics.Format.Percent(Buyers.Sum(b => b.Value))} of {names.NameOf(Target)} for {Say.Money(Price)}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Price = map("price", Price) };
    }
}
