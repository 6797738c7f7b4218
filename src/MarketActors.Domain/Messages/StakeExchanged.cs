using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>A holder's stake in an absorbed company becomes a stake in the combined one, cost and marks carried over.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.stake-exchanged")]
public sealed record StakeExchanged([property: Id(0)] ActorId From, [property: Id(1)] ActorId To, [property: Id(2)] decimal Share, [property: Id(3)] decimal EquityValue) : Payload;
