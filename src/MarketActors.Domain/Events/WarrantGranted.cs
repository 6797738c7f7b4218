using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A company granted a holder the right to buy its shares at a strike (a warrant, an option), vesting in parts as
/// milestones are reached. What has vested is worth, to the holder, the shares' value above the strike, marked
/// whenever the company is.
/// </summary>
/// <param name="Company">The company whose shares the warrant is on.</param>
/// <param name="Holder">Who holds it.</param>
/// <param name="Shares">How many shares it covers, when stated as a count (priced per share against shares outstanding).</param>
/// <param name="Stake">The share of the company it covers (0–1), when stated so instead.</param>
/// <param name="Strike">The price per share (with <see cref="Shares"/>), or the value of the whole company (with <see cref="Stake"/>), the holder pays.</param>
/// <param name="Vested">How much of it (shares, or share of the company) has vested at the grant.</param>
[GenerateSerializer, Immutable, Alias("ma.warrant-granted")]
public sealed record WarrantGranted(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] ActorId Holder,
    [property: Id(2)] Figure? Shares,
    [property: Id(3)] decimal? Stake,
    [property: Id(4)] Figure Strike,
    [property: Id(5)] decimal Vested) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company, Holder];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => [(Holder, Company)];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Company)} grants {names.NameOf(Holder)} a warrant on "
        + (Shares is { } n ? $"{Say.Count(n)} shares at {Say.Money(Strike)} a share" : $"{Metrics.Format.Percent(Stake ?? 0m)} of it at a value of {Say.Money(Strike)}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Strike = map("strike", Strike) };
    }
}
