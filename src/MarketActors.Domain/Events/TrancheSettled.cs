using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A tranche of a round fell due and settled: the investor paid it at the round's price, in full, or, when its
/// condition was not met by then, what it pays if unmet (nothing, when it lapses). Scheduled from the round, not written.
/// </summary>
/// <param name="Company">The company of the round.</param>
/// <param name="Round">The round's id.</param>
/// <param name="Index">The tranche's position in the round (0-based).</param>
/// <param name="Tranche">The tranche.</param>
[GenerateSerializer, Immutable, Alias("ma.tranche-settled")]
public sealed record TrancheSettled(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] string Round,
    [property: Id(2)] int Index,
    [property: Id(3)] RoundTranche Tranche) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company, Tranche.Investor];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Tranche.Investor)}'s tranche of {Say.Money(Tranche.Amount)} into {names.NameOf(Company)} falls due ({Round})"
        + (Tranche.Condition is { } c ? $" if {c} is met, else {(Tranche.IfUnmet is { } unmet ? Say.Money(unmet) : "nothing")}" : string.Empty);

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Tranche = Tranche with
            {
                Amount = map("amount", Tranche.Amount),
                IfUnmet = Tranche.IfUnmet is { } unmet ? map("if-unmet", unmet) : null,
            },
        };
    }
}
