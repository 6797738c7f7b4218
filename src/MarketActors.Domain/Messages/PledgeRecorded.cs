using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The backer side of a pledge or commitment to a project.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.pledge-recorded")]
public sealed record PledgeRecorded([property: Id(0)] ActorId Project, [property: Id(1)] decimal Amount, [property: Id(2)] bool Committed) : Payload;
