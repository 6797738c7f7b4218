using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Messages;

/// <summary>A holder marks its position in a borrower's debt to a market price (a fraction of face).</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.debt-repriced")]
public sealed record DebtRepriced([property: Id(0)] ActorId Borrower, [property: Id(1)] Figure Price) : Payload;
