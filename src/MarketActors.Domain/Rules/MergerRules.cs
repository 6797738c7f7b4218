using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>
/// All-stock mergers, in three supersteps: the combined company re-prices its own holders and asks each company it
/// absorbs for its books; each absorbed company hands over its assets, debts and registers, and tells its holders,
/// lenders, borrowers and issuers; then all of them re-point their books at the combined company. Cash moves only from
/// the absorbed companies to the combined one, so none appears that was not there.
/// </summary>
internal static class MergerRules
{
    public static void Apply(ActorBook into, CompaniesMerged e, ApplyContext context)
    {
        if (into.Profile.ValuedAtNav)
        {
            throw new RuleViolationException(context.EventSeq, $"{into.Profile.Name} is valued at its net assets: the merger cannot set its value.");
        }

        var combined = Amounts.Cents(e.Combined);
        var own = e.Values.Where(v => v.Actor == into.Id).Sum(v => v.Value);
        foreach (var holder in into.Holders.Keys.ToArray())
        {
            into.Holders[holder] *= own / combined;
        }

        into.Valuation = combined;
        into.NotifyHolders(context, combined, except: []);
        foreach (var absorbed in e.Absorbed)
        {
            context.Send(absorbed.Actor, new MergeRequested(into.Id, absorbed.Value / combined, combined));
        }

        into.Note(context, "merger", e.Describe(context.World));
    }

    public static void Apply(ActorBook absorbed, MergeRequested p, ApplyContext context)
    {
        if (absorbed.Profile.ValuedAtNav || absorbed.Holders.ContainsKey(p.Into))
        {
            throw new RuleViolationException(context.EventSeq, absorbed.Holders.ContainsKey(p.Into)
                ? $"{context.World.NameOf(p.Into)} holds shares of {absorbed.Profile.Name}, which it would absorb: an all-stock merger cannot give it its own shares."
                : $"{absorbed.Profile.Name} is valued at its net assets: its holders' shares in the merger cannot be priced.");
        }

        // Hand over every asset and debt account; what the company was worth stays explained by its equity accounts.
        var balances = absorbed.Balances(AccountClass.Asset, AccountClass.Liability);
        var legs = balances.Select(b => new Leg(b.Key, -b.Value, b.Key == Accounts.Cash ? p.Into : null)).ToList();
        legs.Add(new Leg(Accounts.MergedOut, balances.Sum(b => b.Value)));
        absorbed.Post(context, Accounts.BalanceBook, "handed over in a merger", [.. legs]);

        var holders = absorbed.Holders.Select(h => new ActorAmount(h.Key, h.Value * p.Ratio)).ToImmutableArray();
        context.Send(p.Into, new MergedIn(
            absorbed.Id,
            balances,
            holders,
            [.. absorbed.Stakes.Select(s => new ActorAmount(s.Key, s.Value))],
            [.. absorbed.DebtHeld.Select(d => new ActorAmount(d.Key, d.Value))],
            [.. absorbed.DebtHeldPrices],
            [.. absorbed.DebtOwed.Select(d => new ActorAmount(d.Key, d.Value))],
            absorbed.DebtPrice));
        foreach (var holder in holders)
        {
            context.Send(holder.Actor, new StakeExchanged(absorbed.Id, p.Into, holder.Value, p.Combined));
        }

        foreach (var other in absorbed.DebtOwed.Keys.Concat(absorbed.DebtHeld.Keys).Concat(absorbed.Stakes.Keys).Distinct().Order(ActorId.Comparer))
        {
            context.Send(other, new CounterpartyReplaced(absorbed.Id, p.Into));
        }

        // What it promised as a company ends with it: rounds still paying in, warrants on its shares, offers of its debt.
        absorbed.Rounds.Clear();
        absorbed.Warrants.Clear();
        absorbed.OpenOffers.Clear();
        absorbed.OpenBids.Clear();
        absorbed.Holders.Clear();
        absorbed.Stakes.Clear();
        absorbed.DebtHeld.Clear();
        absorbed.DebtHeldPrices.Clear();
        absorbed.DebtOwed.Clear();
        absorbed.DebtPrice = null;
        absorbed.Valuation = null;
        absorbed.LastNotifiedEquity = null;
        absorbed.Note(context, "merger", $"absorbed into {context.World.NameOf(p.Into)}");
    }

    public static void Apply(ActorBook into, MergedIn p, ApplyContext context)
    {
        var legs = p.Balances.Select(b => new Leg(b.Key, b.Value, b.Key == Accounts.Cash ? p.From : null)).ToList();
        legs.Add(new Leg(Accounts.PaidIn, -p.Balances.Sum(b => b.Value)));
        into.Post(context, Accounts.BalanceBook, "taken over in a merger", [.. legs]);
        Add(into.Holders, p.Holders);
        Add(into.Stakes, p.Stakes);
        Add(into.DebtHeld, p.DebtHeld);
        Add(into.DebtOwed, p.DebtOwed);
        foreach (var (borrower, price) in p.DebtHeldPrices)
        {
            into.DebtHeldPrices.TryAdd(borrower, price);
        }

        into.DebtPrice ??= p.DebtPrice;
        into.LastNotifiedEquity = into.EquityValue;
    }

    public static void Apply(ActorBook holder, StakeExchanged p, ApplyContext context)
    {
        Move(holder, context, Accounts.Stake(p.From), Accounts.Stake(p.To), "stake exchanged in a merger");
        holder.Stakes.Remove(p.From);
        holder.Stakes[p.To] = holder.Stakes.GetValueOrDefault(p.To) + p.Share;
        holder.Revalue(context, Accounts.Stake(p.To), Accounts.Stake(p.To), holder.Stakes[p.To] * p.EquityValue, "stake at deal value");
    }

    public static void Apply(ActorBook book, CounterpartyReplaced p, ApplyContext context)
    {
        if (book.Holders.Remove(p.From, out var share))
        {
            book.Holders[p.To] = book.Holders.GetValueOrDefault(p.To) + share;
        }

        if (book.DebtOwed.Remove(p.From, out var owed))
        {
            book.DebtOwed[p.To] = book.DebtOwed.GetValueOrDefault(p.To) + owed;
            Move(book, context, Accounts.Debt(p.From), Accounts.Debt(p.To), "lender absorbed in a merger");
        }

        if (book.DebtHeld.Remove(p.From, out var held))
        {
            book.DebtHeld[p.To] = book.DebtHeld.GetValueOrDefault(p.To) + held;
            Move(book, context, Accounts.Loan(p.From), Accounts.Loan(p.To), "borrower absorbed in a merger");
            Move(book, context, Accounts.LoanMark(p.From), Accounts.LoanMark(p.To), "borrower absorbed in a merger");
            if (book.DebtHeldPrices.Remove(p.From, out var price))
            {
                book.DebtHeldPrices.TryAdd(p.To, price);
            }
        }
    }

    /// <summary>Moves a position's balance, and the unrealised marks on it, to another account name.</summary>
    private static void Move(ActorBook book, ApplyContext context, string from, string to, string memo)
    {
        book.Post(context, Accounts.BalanceBook, memo, new Leg(from, -book.Balance(from)), new Leg(to, book.Balance(from)));
        if (Accounts.ClassOf(from) == AccountClass.Asset && !from.StartsWith("loan-mark:", StringComparison.Ordinal))
        {
            var marks = Accounts.Revaluation(from);
            book.Post(context, Accounts.BalanceBook, memo, new Leg(marks, -book.Balance(marks)), new Leg(Accounts.Revaluation(to), book.Balance(marks)));
        }
    }

    private static void Add(SortedDictionary<ActorId, decimal> register, ImmutableArray<ActorAmount> amounts)
    {
        foreach (var (actor, amount) in amounts)
        {
            register[actor] = register.GetValueOrDefault(actor) + amount;
        }
    }
}
