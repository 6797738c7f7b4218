namespace MarketActors.Domain.Actors;

/// <summary>A descriptive fact about an actor ("site: Abilene, Texas"), shown to readers, used by no rule.</summary>
/// <param name="Key">The fact's name.</param>
/// <param name="Value">Its value as written.</param>
[GenerateSerializer, Immutable, Alias("ma.actor-fact")]
public readonly record struct ActorFact([property: Id(0)] string Key, [property: Id(1)] string Value);
