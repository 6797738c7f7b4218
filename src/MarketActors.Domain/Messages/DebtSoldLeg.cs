using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The seller side of a debt sale: give up face, receive proceeds, realise the difference.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.debt-sold-leg")]
public sealed record DebtSoldLeg([property: Id(0)] ActorId Borrower, [property: Id(1)] decimal Face, [property: Id(2)] decimal Proceeds, [property: Id(3)] ActorId Buyer) : Payload;
