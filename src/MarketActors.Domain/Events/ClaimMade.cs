using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// Someone made a claim about an actor, possibly with a figure that contests an announced one
/// ("SoftBank has secured well under $10B"). The figure is recorded beside the announced figures, never
/// in their place.
/// </summary>
/// <param name="By">Who claims (an actor or a person).</param>
/// <param name="Subject">The actor the claim is about.</param>
/// <param name="About">A second actor the claim concerns, if any (SoftBank, in a claim about Stargate).</param>
/// <param name="Says">What was said.</param>
/// <param name="Stance">Asserts or denies.</param>
/// <param name="Figure">The figure claimed, if any.</param>
/// <param name="Disputes">Ids of the events the claim disputes.</param>
[GenerateSerializer, Immutable, Alias("ma.claim-made")]
public sealed record ClaimMade(
    [property: Id(0)] string By,
    [property: Id(1)] ActorId Subject,
    [property: Id(2)] ActorId? About,
    [property: Id(3)] string Says,
    [property: Id(4)] ClaimStance Stance,
    [property: Id(5)] Figure? Figure,
    [property: Id(6)] ImmutableArray<string> Disputes) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Subject;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => About is { } a ? [Subject, a] : [Subject];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOfParty(By)} {(Stance == ClaimStance.Denies ? "denies" : "claims")} on {names.NameOf(Subject)}: \"{Says}\""
        + (Figure is { } f ? $" ({(About is { } a ? names.NameOf(a) + ": " : string.Empty)}{Say.Money(f)})" : string.Empty);
}
