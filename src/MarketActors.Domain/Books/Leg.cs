using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Books;

/// <summary>A leg to post: an account, a signed amount (debit positive) and, for cash, the other side.</summary>
/// <param name="Account">The account.</param>
/// <param name="Amount">The signed amount.</param>
/// <param name="Counterparty">The actor on the other side, if any.</param>
public readonly record struct Leg(string Account, decimal Amount, ActorId? Counterparty = null);
