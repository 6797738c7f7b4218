using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>A holder's warrant on a company, under its id, is now worth this much.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.warrant-valued")]
public sealed record WarrantValued([property: Id(0)] ActorId Company, [property: Id(1)] string Warrant, [property: Id(2)] decimal Value) : Payload;
