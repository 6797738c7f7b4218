using MarketActors.Domain.Books;

namespace MarketActors.Domain.Messages;

/// <summary>A record for the target's books (the other side of a lawsuit or a data transfer).</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.record-noted")]
public sealed record RecordNoted([property: Id(0)] BookRecord Record) : Payload;
