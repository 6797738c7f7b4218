using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>Someone said something about an actor that moves no money and no capacity, kept for the story.</summary>
/// <param name="By">Who spoke (an actor or a person).</param>
/// <param name="About">The actor it is about.</param>
/// <param name="Says">What was said.</param>
[GenerateSerializer, Immutable, Alias("ma.statement-made")]
public sealed record StatementMade(
    [property: Id(0)] string By,
    [property: Id(1)] ActorId About,
    [property: Id(2)] string Says) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => About;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [About];

    /// <inheritdoc />
    public override string Describe(INameLookup names) => $"{names.NameOfParty(By)} on {names.NameOf(About)}: \"{Says}\"";
}
