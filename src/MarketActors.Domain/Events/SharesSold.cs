using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// Holders sold shares of a company to other investors at a valuation (a secondary sale or tender offer): the sellers
/// are paid, the buyers hold the shares, and the valuation marks every holder; the company itself receives nothing.
/// </summary>
/// <param name="Company">The company whose shares change hands.</param>
/// <param name="Sellers">Each seller with the share of the company it sells (0–1); <c>outside</c> for holders outside the story.</param>
/// <param name="Buyers">Each buyer with the share it buys; together as much as the sellers sell.</param>
/// <param name="Valuation">The value of 100% of the company the sale is priced at.</param>
[GenerateSerializer, Immutable, Alias("ma.shares-sold")]
public sealed record SharesSold(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] ImmutableArray<ActorAmount> Sellers,
    [property: Id(2)] ImmutableArray<ActorAmount> Buyers,
    [property: Id(3)] Figure Valuation) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company, .. Sellers.Select(s => s.Actor), .. Buyers.Select(b => b.Actor)];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => Buyers.Select(b => (b.Actor, Company));

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{string.Join(" and ", Sellers.Select(s => s.Actor == ActorId.Outside ? "Holders outside the story" : names.NameOf(s.Actor)))} sell {Metrics.Format.Percent(Sellers.Sum(s => s.Value))} of {names.NameOf(Company)} "
        + $"to {string.Join(" and ", Buyers.Select(b => names.NameOf(b.Actor)))} at a valuation of {Say.Money(Valuation)}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Valuation = map("valuation", Valuation) };
    }
}
