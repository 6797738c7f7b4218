using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>Lenders lent money to a borrower, each for its part of the face value.</summary>
/// <param name="Borrower">The borrower.</param>
/// <param name="Lenders">Each lender with the face value it lent, in the order written.</param>
/// <param name="Purpose">What the money was for, if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.loan-made")]
public sealed record LoanMade(
    [property: Id(0)] ActorId Borrower,
    [property: Id(1)] ImmutableArray<ActorAmount> Lenders,
    [property: Id(2)] string? Purpose) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Borrower;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Borrower, .. Lenders.Select(l => l.Actor)];

    /// <summary>The total face value lent.</summary>
    public decimal Total => Lenders.Sum(l => l.Value);

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Borrower)} borrows {Metrics.Format.Money(Total)} from {string.Join(", ", Lenders.Select(l => names.NameOf(l.Actor)))}"
        + (Purpose is null ? string.Empty : $" ({Purpose})");
}
