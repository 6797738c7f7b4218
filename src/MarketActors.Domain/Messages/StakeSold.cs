using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The seller side of a share deal: receive cash, realise the gain or loss on the part sold.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.stake-sold")]
public sealed record StakeSold([property: Id(0)] ActorId Issuer, [property: Id(1)] decimal ShareAfter, [property: Id(2)] decimal EquityValue, [property: Id(3)] ImmutableArray<ActorAmount> Receipts) : Payload;
