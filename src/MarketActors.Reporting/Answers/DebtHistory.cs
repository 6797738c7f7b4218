using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting.Answers;

/// <summary>
/// One borrower's debt as the run's ledger and books tell it: who lent, bought, sold and holds it, with what each
/// realised and still carries unrealised; each sale with who sold how much; each offer and what became of it.
/// </summary>
/// <param name="Borrower">The borrower.</param>
/// <param name="Successors">The companies that took the debt over in mergers, each with the date, in order.</param>
/// <param name="Holders">Everyone who lent, bought or holds the debt: original lenders first, then buyers, each by id.</param>
/// <param name="Sales">The completed sales, in schedule order.</param>
/// <param name="Offers">The offers, in schedule order.</param>
public sealed record DebtHistory(ActorId Borrower, IReadOnlyList<(ActorId Company, DateOnly At)> Successors, IReadOnlyList<DebtHistory.Holder> Holders, IReadOnlyList<DebtHistory.SaleRecord> Sales, IReadOnlyList<DebtHistory.OfferRecord> Offers)
{
    /// <summary>Everyone who owed the debt: the borrower, then each company that absorbed it.</summary>
    public IEnumerable<ActorId> Owers => [Borrower, .. Successors.Select(s => s.Company)];

    /// <summary>The companies that took over a borrower's debt by absorbing it (and then its absorber, and so on).</summary>
    public static IReadOnlyList<(ActorId Company, DateOnly At)> SuccessorsOf(RunView run, ActorId borrower)
    {
        ArgumentNullException.ThrowIfNull(run);
        var successors = new List<(ActorId, DateOnly)>();
        var current = borrower;
        foreach (var (e, merger) in run.Events<CompaniesMerged>())
        {
            if (merger.Absorbed.Any(a => a.Actor == current))
            {
                current = merger.Into;
                successors.Add((current, e.At));
            }
        }

        return successors;
    }

    /// <summary>Reads a borrower's debt from a run, following it into the companies that absorbed the borrower.</summary>
    public static DebtHistory Of(RunView run, ActorId borrower)
    {
        ArgumentNullException.ThrowIfNull(run);
        var owers = new HashSet<ActorId>([borrower, .. SuccessorsOf(run, borrower).Select(s => s.Company)]);
        var loans = owers.Select(Accounts.Loan).ToHashSet(StringComparer.Ordinal);
        var debtEvents = run.Events<DebtSold>().Where(s => owers.Contains(s.Body.Borrower)).ToList();

        // The legs of its loans, and the cash legs of the sales of its debt (what sellers were paid).
        var rows = loans.Order(StringComparer.Ordinal).SelectMany(run.LedgerOfAccount)
            .Concat(debtEvents.Where(s => s.Body.Completed).SelectMany(s => run.LedgerOf(s.Event.Seq)).Where(r => r.Account == Accounts.Cash))
            .ToList();
        var lent = Sum(rows, run, loans, r => r.Amount > 0, b => b is LoanMade);
        var bought = Sum(rows, run, loans, r => r.Amount > 0, b => b is DebtSold);
        var sold = Sum(rows, run, loans, r => r.Amount < 0, b => b is DebtSold);
        var actors = lent.Keys.Concat(bought.Keys).Concat(owers.SelectMany(run.DebtHoldersOf)).Distinct();
        var holders = actors
            .Select(a => Read(run.End(a), owers, lent.GetValueOrDefault(a), bought.GetValueOrDefault(a), -sold.GetValueOrDefault(a)))
            .OrderBy(h => !h.IsLender)
            .ThenBy(h => h.Actor)
            .ToList();

        var bySale = rows.ToLookup(r => r.EventSeq);
        var sales = debtEvents
            .Where(s => s.Body.Completed)
            .Select(s => new SaleRecord(s.Event, s.Body, SoldBy(bySale[s.Event.Seq], Accounts.Loan(s.Body.Borrower), s.Body.Buyer)))
            .ToList();
        var offers = debtEvents
            .Where(s => !s.Body.Completed)
            .Select(s => Offer(run, s.Event, s.Body, sales))
            .ToList();
        return new DebtHistory(borrower, SuccessorsOf(run, borrower), holders, sales, offers);
    }

    private static Holder Read(ActorSnapshot actor, IReadOnlySet<ActorId> owers, decimal lent, decimal bought, decimal sold)
    {
        decimal Balance(Func<ActorId, string> account) => actor.Balances.Where(b => owers.Any(o => b.Key == account(o))).Sum(b => b.Value);
        var held = actor.DebtHeld.Where(d => owers.Contains(d.Actor)).Sum(d => d.Value);
        return new Holder(
            actor.Id,
            lent > 0,
            lent,
            bought,
            sold,
            held,
            held + Balance(Accounts.LoanMark),
            -Balance(o => Accounts.Realized(Accounts.Loan(o))),
            -Balance(o => Accounts.Revaluation(Accounts.Loan(o))));
    }

    private static SortedDictionary<ActorId, decimal> Sum(List<LedgerRow> rows, RunView run, IReadOnlySet<string> accounts, Func<LedgerRow, bool> side, Func<MarketEvent, bool> kind)
    {
        var sums = new SortedDictionary<ActorId, decimal>(ActorId.Comparer);
        foreach (var row in rows.Where(r => accounts.Contains(r.Account) && side(r) && run.EventAt(r.EventSeq) is { } e && kind(e.Body)))
        {
            sums[row.Actor] = sums.GetValueOrDefault(row.Actor) + row.Amount;
        }

        return sums;
    }

    private static SortedDictionary<ActorId, (decimal Face, decimal Proceeds)> SoldBy(IEnumerable<LedgerRow> rows, string loan, ActorId buyer)
    {
        var sellers = new SortedDictionary<ActorId, (decimal Face, decimal Proceeds)>(ActorId.Comparer);
        foreach (var row in rows.Where(r => r.Account == loan && r.Amount < 0))
        {
            var (face, proceeds) = sellers.GetValueOrDefault(row.Actor);
            sellers[row.Actor] = (face - row.Amount, proceeds);
        }

        foreach (var row in rows.Where(r => r.Account == Accounts.Cash && r.Amount > 0 && r.Counterparty == buyer && sellers.ContainsKey(r.Actor)))
        {
            var (face, proceeds) = sellers[row.Actor];
            sellers[row.Actor] = (face, proceeds + row.Amount);
        }

        return sellers;
    }

    private static OfferRecord Offer(RunView run, ScheduledEvent e, DebtSold offer, List<SaleRecord> sales)
    {
        var key = e.Key;
        var filling = sales.Where(s => s.Sale.Fills == key).ToList();
        var filled = filling.Sum(s => s.SoldBy.Values.Sum(v => v.Face));
        var closed = run.Events<OfferClosed>().Where(c => c.Body.Offer == key).Select(c => $"{c.Body.Outcome.ToString().ToLowerInvariant()} on {Dates.Iso(c.Event.At)}" + (c.Body.Reason is null ? string.Empty : $" ({c.Body.Reason})")).FirstOrDefault();
        var superseded = run.Events<DebtSold>().Where(s => s.Body.Supersedes == key).Select(s => $"superseded on {Dates.Iso(s.Event.At)} by {s.Event.Id ?? "a later offer"}").FirstOrDefault();
        var outcome = closed ?? superseded
            ?? (filled >= offer.Face.Point && filled > 0 ? "filled"
            : filled > 0 ? $"partly filled, {Format.Money(offer.Face.Point - filled)} still open"
            : "open");
        if (filling.Count > 0 && outcome != "filled")
        {
            outcome += $"; sold against it: {string.Join(", ", filling.Select(s => Dates.Iso(s.Event.At)))}";
        }

        return new OfferRecord(e, offer, filled, outcome);
    }

    /// <summary>One holder's position in the debt.</summary>
    /// <param name="Actor">The holder.</param>
    /// <param name="IsLender">True for an original lender (it lent some of the debt); false for a buyer.</param>
    /// <param name="Lent">Face lent.</param>
    /// <param name="Bought">Face bought from other holders.</param>
    /// <param name="Sold">Face sold.</param>
    /// <param name="Held">Face held at the end.</param>
    /// <param name="Value">What is held, at the last market price.</param>
    /// <param name="Realised">Gains (negative: losses) realised on sales: proceeds less the cost of what was sold.</param>
    /// <param name="Unrealised">Gains (negative: losses) on what is still held, at the last market price.</param>
    public sealed record Holder(ActorId Actor, bool IsLender, decimal Lent, decimal Bought, decimal Sold, decimal Held, decimal Value, decimal Realised, decimal Unrealised);

    /// <summary>A completed sale.</summary>
    /// <param name="Event">Its scheduled event.</param>
    /// <param name="Sale">The sale.</param>
    /// <param name="SoldBy">Each seller with the face it sold and the proceeds it received.</param>
    public sealed record SaleRecord(ScheduledEvent Event, DebtSold Sale, SortedDictionary<ActorId, (decimal Face, decimal Proceeds)> SoldBy);

    /// <summary>An offer and what became of it.</summary>
    /// <param name="Event">Its scheduled event.</param>
    /// <param name="Offer">The offer.</param>
    /// <param name="Filled">The face sold against it.</param>
    /// <param name="Outcome">What became of it, for a reader.</param>
    public sealed record OfferRecord(ScheduledEvent Event, DebtSold Offer, decimal Filled, string Outcome);
}
