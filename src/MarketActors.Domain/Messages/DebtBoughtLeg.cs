using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The buyer side of a debt sale: pay the sellers, hold the debt at cost.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.debt-bought-leg")]
public sealed record DebtBoughtLeg([property: Id(0)] ActorId Borrower, [property: Id(1)] decimal Face, [property: Id(2)] ImmutableArray<ActorAmount> Payments) : Payload;
