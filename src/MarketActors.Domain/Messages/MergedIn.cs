using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Messages;

/// <summary>An absorbed company's books, handed to the combined company: balances, registers and its holders' new shares.</summary>
/// <param name="From">The absorbed company.</param>
/// <param name="Balances">Its asset and debt accounts with their balances (equity stays with it).</param>
/// <param name="Holders">Its holders, each with the share of the combined company it now holds.</param>
/// <param name="Stakes">The shares of others it held.</param>
/// <param name="DebtHeld">The debt of others it held, at face, by borrower.</param>
/// <param name="DebtHeldPrices">The last prices it saw of that debt.</param>
/// <param name="DebtOwed">Its debt by lender, at face.</param>
/// <param name="DebtPrice">The last market price of its debt, if any.</param>
[GenerateSerializer, Immutable, Alias("ma.msg.merged-in")]
public sealed record MergedIn(
    [property: Id(0)] ActorId From,
    [property: Id(1)] ImmutableArray<KeyValuePair<string, decimal>> Balances,
    [property: Id(2)] ImmutableArray<ActorAmount> Holders,
    [property: Id(3)] ImmutableArray<ActorAmount> Stakes,
    [property: Id(4)] ImmutableArray<ActorAmount> DebtHeld,
    [property: Id(5)] ImmutableArray<KeyValuePair<ActorId, Figure>> DebtHeldPrices,
    [property: Id(6)] ImmutableArray<ActorAmount> DebtOwed,
    [property: Id(7)] Figure? DebtPrice) : Payload;
