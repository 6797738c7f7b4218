using MarketActors.Domain.Actors;

namespace MarketActors.Reporting.Flows;

/// <summary>Money paid by one actor to another, as one event booked it.</summary>
/// <param name="At">The virtual date.</param>
/// <param name="EventSeq">The event that moved it.</param>
/// <param name="From">The payer.</param>
/// <param name="To">The payee.</param>
/// <param name="Amount">How much, above zero.</param>
/// <param name="Memo">Why, as the payer's ledger says.</param>
public sealed record MoneyFlow(DateOnly At, int EventSeq, ActorId From, ActorId To, decimal Amount, string Memo);
