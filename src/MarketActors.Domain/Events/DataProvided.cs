using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>One actor gave another a data asset (a training corpus, a licence).</summary>
/// <param name="From">Who provides it.</param>
/// <param name="To">Who receives it.</param>
/// <param name="Asset">What it is.</param>
[GenerateSerializer, Immutable, Alias("ma.data-provided")]
public sealed record DataProvided(
    [property: Id(0)] ActorId From,
    [property: Id(1)] ActorId To,
    [property: Id(2)] string Asset) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => From;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [From, To];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(From)} provides {Asset} to {names.NameOf(To)}";
}
