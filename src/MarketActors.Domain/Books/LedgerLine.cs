using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Books;

/// <summary>
/// One leg of a journal entry on an actor's books. Amounts are signed: debits positive, credits negative; the
/// legs of an entry add up to zero.
/// </summary>
/// <param name="Entry">The entry's number within the message that posted it.</param>
/// <param name="Book">"balance" for money, "memo" for announced, pledged and committed figures.</param>
/// <param name="Account">The account ("cash", "stake:x-corp", "debt:morgan-stanley").</param>
/// <param name="Amount">The signed amount, in US dollars.</param>
/// <param name="Counterparty">The actor on the other side of a transfer, for cash legs.</param>
/// <param name="Memo">Why, for the reader.</param>
[GenerateSerializer, Immutable, Alias("ma.ledger-line")]
public sealed record LedgerLine(
    [property: Id(0)] int Entry,
    [property: Id(1)] string Book,
    [property: Id(2)] string Account,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] ActorId? Counterparty,
    [property: Id(5)] string Memo);
