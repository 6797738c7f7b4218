using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The buyer side of a contract: a purchase commitment to the seller.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.contract-recorded")]
public sealed record ContractRecorded([property: Id(0)] ActorId Seller, [property: Id(1)] decimal Total) : Payload;
