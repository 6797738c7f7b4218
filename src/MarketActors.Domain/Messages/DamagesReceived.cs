using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The receiving side of damages paid by <paramref name="Payer"/>.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.damages-received")]
public sealed record DamagesReceived([property: Id(0)] ActorId Payer, [property: Id(1)] decimal Amount) : Payload;
