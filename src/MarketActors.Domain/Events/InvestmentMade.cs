using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>An investor bought newly issued equity of a company for cash.</summary>
/// <param name="Company">The company issuing equity.</param>
/// <param name="Investor">The investor.</param>
/// <param name="Amount">The cash invested.</param>
/// <param name="Stake">The share of the company after the deal (0–1); when absent, the company's valuation prices it.</param>
[GenerateSerializer, Immutable, Alias("ma.investment-made")]
public sealed record InvestmentMade(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] ActorId Investor,
    [property: Id(2)] Figure Amount,
    [property: Id(3)] decimal? Stake) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company, Investor];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => [(Investor, Company)];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Investor)} invests {Say.Money(Amount)} in {names.NameOf(Company)}"
        + (Stake is { } s ? $" for {Metrics.Format.Percent(s)}" : string.Empty);

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Amount = map("amount", Amount) };
    }
}
