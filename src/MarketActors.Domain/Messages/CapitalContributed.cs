using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The backer side of a capital call: the backer pays the project.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.capital-contributed")]
public sealed record CapitalContributed([property: Id(0)] ActorId Project, [property: Id(1)] decimal Amount) : Payload;
