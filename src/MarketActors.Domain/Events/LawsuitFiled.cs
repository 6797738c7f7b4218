using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>One or more actors sued one or more others.</summary>
/// <param name="Plaintiffs">Who sues (at least one).</param>
/// <param name="Defendants">Who is sued (at least one); the first applies the event.</param>
/// <param name="Claim">What the suit is about.</param>
/// <remarks>Ids 0 and 1 held the single plaintiff and defendant of the first version of this record; they are retired.</remarks>
[GenerateSerializer, Immutable, Alias("ma.lawsuit-filed")]
public sealed record LawsuitFiled(
    [property: Id(3)] ImmutableArray<ActorId> Plaintiffs,
    [property: Id(4)] ImmutableArray<ActorId> Defendants,
    [property: Id(2)] string Claim) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Defendants[0];

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [.. Defendants, .. Plaintiffs];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{Say.Names(names, Plaintiffs)} {(Plaintiffs.Length == 1 ? "sues" : "sue")} {Say.Names(names, Defendants)}: {Claim}";
}
