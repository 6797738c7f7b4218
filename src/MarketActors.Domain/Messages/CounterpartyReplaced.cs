using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>
/// A company was absorbed into another: whatever this actor's books name the absorbed company for (a holder of its
/// shares, a lender to it, a borrower from it) now names the combined company.
/// </summary>
[GenerateSerializer, Immutable, Alias("ma.msg.counterparty-replaced")]
public sealed record CounterpartyReplaced([property: Id(0)] ActorId From, [property: Id(1)] ActorId To) : Payload;
