using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>A holder's stake takes a new share or a new value of the issuer's equity.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.stake-repriced")]
public sealed record StakeRepriced([property: Id(0)] ActorId Issuer, [property: Id(1)] decimal Share, [property: Id(2)] decimal EquityValue) : Payload;
