using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>A message for one actor, applied in the superstep after the one that sent it.</summary>
/// <param name="Key">Its place in the target's inbox.</param>
/// <param name="Target">The actor it is for.</param>
/// <param name="Payload">What it says.</param>
[GenerateSerializer, Immutable, Alias("ma.message")]
public sealed record Message([property: Id(0)] MessageKey Key, [property: Id(1)] ActorId Target, [property: Id(2)] Payload Payload);
