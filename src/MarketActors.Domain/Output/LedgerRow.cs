using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Output;

/// <summary>One ledger leg of a run, placed in time and traced to its event.</summary>
/// <param name="At">The virtual date.</param>
/// <param name="EventSeq">The event that caused it.</param>
/// <param name="EntryId">The entry it belongs to: event, superstep, actor, inbox position and entry number.</param>
/// <param name="Actor">Whose books.</param>
/// <param name="Book">"balance" or "memo".</param>
/// <param name="Account">The account.</param>
/// <param name="Amount">Signed: debit positive, credit negative.</param>
/// <param name="Counterparty">The other side of a transfer, if any.</param>
/// <param name="Memo">Why.</param>
[GenerateSerializer, Immutable, Alias("ma.ledger-row")]
public sealed record LedgerRow(
    [property: Id(0)] DateOnly At,
    [property: Id(1)] int EventSeq,
    [property: Id(2)] string EntryId,
    [property: Id(3)] ActorId Actor,
    [property: Id(4)] string Book,
    [property: Id(5)] string Account,
    [property: Id(6)] decimal Amount,
    [property: Id(7)] ActorId? Counterparty,
    [property: Id(8)] string Memo);
