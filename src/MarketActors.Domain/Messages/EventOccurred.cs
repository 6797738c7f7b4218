using MarketActors.Domain.Events;

namespace MarketActors.Domain.Messages;

/// <summary>A scheduled event, delivered to its primary actor.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.event-occurred")]
public sealed record EventOccurred([property: Id(0)] MarketEvent Event) : Payload;
