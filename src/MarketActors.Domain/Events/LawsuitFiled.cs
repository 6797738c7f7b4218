using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>One actor sued another.</summary>
/// <param name="Plaintiff">Who sues.</param>
/// <param name="Defendant">Who is sued.</param>
/// <param name="Claim">What the suit is about.</param>
[GenerateSerializer, Immutable, Alias("ma.lawsuit-filed")]
public sealed record LawsuitFiled(
    [property: Id(0)] ActorId Plaintiff,
    [property: Id(1)] ActorId Defendant,
    [property: Id(2)] string Claim) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Defendant;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Defendant, Plaintiff];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Plaintiff)} sues {names.NameOf(Defendant)}: {Claim}";
}
