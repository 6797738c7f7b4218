using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The buyer side of a share deal: pay each counterparty, then hold the new share at value.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.stake-bought")]
public sealed record StakeBought([property: Id(0)] ActorId Issuer, [property: Id(1)] decimal ShareAfter, [property: Id(2)] decimal EquityValue, [property: Id(3)] ImmutableArray<ActorAmount> Payments) : Payload;
