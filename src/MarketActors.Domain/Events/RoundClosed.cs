using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A priced round closed: several investors committed money at one price, given as the pre-money or the post-money
/// value (post = pre + all that is committed). What is not split into tranches is paid at the close, all at once, so
/// the round's investors do not dilute each other; tranches are paid on their own dates, at the same price.
/// </summary>
/// <param name="Company">The company raising.</param>
/// <param name="PreMoney">The value before the round's money, when stated.</param>
/// <param name="PostMoney">The value after all the round's money, when stated.</param>
/// <param name="Investors">Each investor with all it commits.</param>
/// <param name="Tranches">Dated parts of the commitments; an investor with none pays everything at the close.</param>
/// <param name="Label">The round's name ("Series F"), if any.</param>
[GenerateSerializer, Immutable, Alias("ma.round-closed")]
public sealed record RoundClosed(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] Figure? PreMoney,
    [property: Id(2)] Figure? PostMoney,
    [property: Id(3)] ImmutableArray<ActorAmount> Investors,
    [property: Id(4)] ImmutableArray<RoundTranche> Tranches,
    [property: Id(5)] string? Label) : MarketEvent
{
    /// <summary>All the money the round's investors commit.</summary>
    public decimal Committed => Investors.Sum(i => Amounts.Cents(i.Value));

    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company, .. Investors.Select(i => i.Actor)];

    /// <inheritdoc />
    public override IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => Investors.Select(i => (i.Actor, Company));

    /// <inheritdoc />
    public override string Describe(INameLookup names)
    {
        var price = PostMoney is { } post ? $"{Say.Money(post)} post-money" : $"{Say.Money(PreMoney!.Value)} pre-money";
        var who = string.Join(", ", Investors.Select(i => $"{names.NameOf(i.Actor)} {Metrics.Format.Money(i.Value)}"));
        return $"{names.NameOf(Company)} closes {Label ?? "a round"} at {price}: {who}" + (Tranches.IsDefaultOrEmpty ? string.Empty : $" ({Tranches.Length} tranches to come)");
    }

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            PreMoney = PreMoney is { } pre ? map("pre-money", pre) : null,
            PostMoney = PostMoney is { } post ? map("post-money", post) : null,
        };
    }
}
