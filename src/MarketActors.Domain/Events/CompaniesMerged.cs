using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>
/// Companies combined in an all-stock deal at stated equity values. The combined company (one of them, or a new one)
/// takes over the others' assets and debts; the holders of each company end up holding the combined company in
/// proportion to the value they brought. No cash comes in from outside: only what the companies already held moves.
/// </summary>
/// <param name="Into">The combined company.</param>
/// <param name="Values">Each company combined with its equity value in the deal; the combined one among them unless it is new.</param>
[GenerateSerializer, Immutable, Alias("ma.companies-merged")]
public sealed record CompaniesMerged(
    [property: Id(0)] ActorId Into,
    [property: Id(1)] ImmutableArray<ActorAmount> Values) : MarketEvent
{
    /// <summary>The value of the combined company: the sum of the values.</summary>
    public decimal Combined => Values.Sum(v => v.Value);

    /// <summary>The companies absorbed into <see cref="Into"/>.</summary>
    public IEnumerable<ActorAmount> Absorbed => Values.Where(v => v.Actor != Into);

    /// <inheritdoc />
    public override ActorId Primary => Into;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Into, .. Absorbed.Select(v => v.Actor)];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => Absorbed.Select(v => (Into, v.Actor));

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{string.Join(" and ", Values.Select(v => $"{names.NameOf(v.Actor)} ({Metrics.Format.Money(v.Value)})"))} combine into {names.NameOf(Into)}, worth {Metrics.Format.Money(Combined)}, in shares";
}
