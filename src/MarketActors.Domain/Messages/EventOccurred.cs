using MarketActors.Domain.Events;

namespace MarketActors.Domain.Messages;

/// <summary>A scheduled event, delivered to its primary actor.</summary>
/// <param name="Event">The event.</param>
/// <param name="EventId">The id the scenario gives it, if any, so that later events can name what it left open.</param>
[GenerateSerializer, Immutable, Alias("ma.msg.event-occurred")]
public sealed record EventOccurred([property: Id(0)] MarketEvent Event, [property: Id(1)] string? EventId = null) : Payload;
