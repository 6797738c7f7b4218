using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The recipient side of a donation.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.donation-received")]
public sealed record DonationReceived([property: Id(0)] ActorId From, [property: Id(1)] decimal Amount) : Payload;
