using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Money was given with nothing in return.</summary>
/// <param name="From">The donor.</param>
/// <param name="To">The recipient.</param>
/// <param name="Amount">The amount given.</param>
[GenerateSerializer, Immutable, Alias("ma.donation-made")]
public sealed record DonationMade(
    [property: Id(0)] ActorId From,
    [property: Id(1)] ActorId To,
    [property: Id(2)] Figure Amount) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => From;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [From, To];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(From)} donates {Say.Money(Amount)} to {names.NameOf(To)}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Amount = map("amount", Amount) };
    }
}
