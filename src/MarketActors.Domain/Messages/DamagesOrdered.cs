using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>A ruling orders the target to pay damages (or a settlement's sum) to <paramref name="Payee"/>.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.damages-ordered")]
public sealed record DamagesOrdered([property: Id(0)] ActorId Payee, [property: Id(1)] decimal Amount) : Payload;
