using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Tests.Support;

/// <summary>
/// What must hold of the books. Some of it holds after every message; what spans two actors (cash paid by one
/// and received by the other, debt owed and held) holds once the tick's cascade has settled, since the two sides
/// are applied in different supersteps.
/// </summary>
internal static class Invariants
{
    /// <summary>The checks that hold after every single message, for the actor that applied it.</summary>
    public static void AfterMessage(Replay replay, ActorBook book, AppliedMessage applied)
    {
        EntriesBalance(applied);
        var snapshot = book.Snapshot();
        NetWorthIsMinusEquity(book, snapshot);
        SharesAtMostWhole(book, snapshot);
    }

    /// <summary>The checks that hold at the end of a tick, across all actors.</summary>
    public static void Settled(Replay replay)
    {
        var books = replay.Books.Select(b => (Book: b, Snapshot: b.Snapshot())).ToArray();
        foreach (var (book, snapshot) in books)
        {
            NetWorthIsMinusEquity(book, snapshot);
            SharesAtMostWhole(book, snapshot);
        }

        CashSumsToZero(replay);
        DebtOwedEqualsDebtHeld(books);
        StakeRegistersAgree(replay, books);
    }

    /// <summary>Each entry's legs add up to zero, in its own book.</summary>
    public static void EntriesBalance(AppliedMessage applied)
    {
        foreach (var entry in applied.Lines.GroupBy(l => l.Entry))
        {
            Assert.Single(entry.Select(l => l.Book).Distinct());
            Assert.True(entry.Sum(l => l.Amount) == 0, $"Entry {entry.Key} of {applied.Actor} (event {applied.EventSeq}) does not balance: {Canon.Of(entry.ToArray())}");
        }
    }

    public static void NetWorthIsMinusEquity(ActorBook book, ActorSnapshot snapshot)
    {
        var equity = snapshot.Balances.Where(b => Accounts.ClassOf(b.Key) == AccountClass.Equity).Sum(b => b.Value);
        Assert.True(book.NetWorth == -equity, $"{book.Id}: net worth {book.NetWorth} but equity accounts sum to {equity}");
        Assert.Equal(0m, snapshot.Memo.Sum(b => b.Value));
    }

    public static void SharesAtMostWhole(ActorBook book, ActorSnapshot snapshot)
    {
        var holders = snapshot.Holders;
        Assert.All(holders, h => Assert.True(h.Value > 0, $"{book.Id}: {h.Actor} holds {h.Value}"));
        var sum = holders.Sum(h => h.Value);
        Assert.True(sum <= 1, $"{book.Id}: holders' shares add up to {sum}");
    }

    public static void CashSumsToZero(Replay replay)
    {
        var total = replay.Books.Sum(b => b.Balance(Accounts.Cash));
        Assert.True(total == 0, $"Cash across all actors adds up to {total}");
    }

    /// <summary>For each borrower and lender, the face the borrower owes is the face the lender holds, in registers and in accounts.</summary>
    public static void DebtOwedEqualsDebtHeld(IEnumerable<(ActorBook Book, ActorSnapshot Snapshot)> books)
    {
        var owed = new SortedSet<(string Borrower, string Lender, decimal Face)>();
        var held = new SortedSet<(string Borrower, string Lender, decimal Face)>();
        foreach (var (book, snapshot) in books)
        {
            foreach (var d in snapshot.DebtOwed)
            {
                owed.Add((book.Id.Value, d.Actor.Value, d.Value));
                Assert.Equal(-d.Value, book.Balance(Accounts.Debt(d.Actor)));
            }

            foreach (var d in snapshot.DebtHeld)
            {
                held.Add((d.Actor.Value, book.Id.Value, d.Value));
                Assert.Equal(d.Value, book.Balance(Accounts.Loan(d.Actor)));
            }
        }

        Assert.Equal(owed, held);
    }

    /// <summary>Each issuer's register of holders matches its holders' stakes, and each stake is valued at share × equity value.</summary>
    public static void StakeRegistersAgree(Replay replay, IEnumerable<(ActorBook Book, ActorSnapshot Snapshot)> books)
    {
        var registered = new SortedSet<(string Issuer, string Holder, decimal Share)>();
        var stakes = new SortedSet<(string Issuer, string Holder, decimal Share)>();
        foreach (var (book, snapshot) in books)
        {
            foreach (var h in snapshot.Holders)
            {
                registered.Add((book.Id.Value, h.Actor.Value, h.Value));
                var holder = replay.Book(h.Actor);
                Assert.True(
                    Amounts.Cents(h.Value * book.EquityValue) == holder.Balance(Accounts.Stake(book.Id)),
                    $"{h.Actor}'s stake in {book.Id} is {holder.Balance(Accounts.Stake(book.Id))}, not {h.Value} × {book.EquityValue}");
            }

            foreach (var s in snapshot.Stakes)
            {
                stakes.Add((s.Actor.Value, book.Id.Value, s.Value));
            }
        }

        Assert.Equal(registered, stakes);
    }
}
