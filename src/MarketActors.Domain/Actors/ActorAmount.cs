namespace MarketActors.Domain.Actors;

/// <summary>An amount (money, or a share between 0 and 1) attached to one actor, as in a list of lenders or buyers.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Value">The amount or share.</param>
[GenerateSerializer, Immutable, Alias("ma.actor-amount")]
public readonly record struct ActorAmount([property: Id(0)] ActorId Actor, [property: Id(1)] decimal Value);
