using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>Share issues, acquisitions and valuation marks, and how holders' stakes follow them.</summary>
internal static class EquityRules
{
    public static void Apply(ActorBook company, InvestmentMade e, ApplyContext context) =>
        Invest(company, e.Investor, Amounts.Cents(e.Amount.Point), e.Stake, context);

    /// <summary>
    /// An investor buys newly issued shares for <paramref name="amount"/>: the <paramref name="stake"/> given, or without
    /// one, at the company's equity value now (the post-money value is that plus the money, exactly).
    /// </summary>
    internal static void Invest(ActorBook company, ActorId investor, decimal amount, decimal? stake, ApplyContext context)
    {
        decimal? postMoney = null;
        if (stake is null)
        {
            if (company.Valuation is null && !company.Profile.ValuedAtNav)
            {
                throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} has no valuation yet: say what stake the investment buys.");
            }

            var pre = company.EquityValue;
            if (pre + amount <= 0)
            {
                throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} is worth {Format.Money(pre)}: an investment of {Format.Money(amount)} cannot price a stake.");
            }

            // The post-money value is exact; the stake is what rounds (at 28 digits), never the valuation.
            postMoney = pre + amount;
            stake = amount / postMoney.Value;
        }

        var share = stake.Value;
        if (share <= 0 || share > 1)
        {
            throw new RuleViolationException(context.EventSeq, $"The stake bought must be above 0% and at most 100%, not {Format.Percent(share)}.");
        }

        Issue(company, [(investor, amount, share)], company.Profile.ValuedAtNav ? null : postMoney ?? Amounts.Cents(amount / share), context);
    }

    /// <summary>
    /// Issues new shares for cash, all at once: each investor pays its amount and takes its share, every other holder
    /// is diluted by the shares issued, and the valuation becomes <paramref name="valuation"/> (none for an actor
    /// valued at its net assets). Investors of one issue do not dilute each other.
    /// </summary>
    internal static void Issue(ActorBook company, IReadOnlyList<(ActorId Investor, decimal Amount, decimal Share)> issues, decimal? valuation, ApplyContext context)
    {
        foreach (var (investor, amount, _) in issues)
        {
            company.Post(context, Accounts.BalanceBook, "shares issued",
                new Leg(Accounts.Cash, amount, investor),
                new Leg(Accounts.PaidIn, -amount));
        }

        if (valuation is { } v)
        {
            company.Valuation = v;
        }

        var issued = issues.Sum(i => i.Share);
        foreach (var holder in company.Holders.Keys.ToArray())
        {
            company.Holders[holder] *= 1 - issued;
        }

        foreach (var (investor, _, share) in issues)
        {
            company.Holders[investor] = company.Holders.GetValueOrDefault(investor) + share;
        }

        // Each diluted share is rounded on its own at 28 digits: the last investor takes no more than what is left.
        var excess = company.Holders.Values.Sum() - 1;
        if (excess > 0)
        {
            company.Holders[issues[^1].Investor] -= excess;
        }

        var value = company.EquityValue;
        var investors = issues.Select(i => i.Investor).Distinct().ToList();
        foreach (var investor in investors)
        {
            var paid = issues.Where(i => i.Investor == investor).Select(i => new ActorAmount(company.Id, i.Amount)).ToImmutableArray();
            context.Send(investor, new StakeBought(company.Id, company.Holders[investor], value, paid));
        }

        company.NotifyHolders(context, value, except: investors);
    }

    public static void Apply(ActorBook target, BidMade e, ApplyContext context)
    {
        target.OpenBids[context.EventKey] = Amounts.Cents(e.Price.Point);
        target.Note(context, "bid", e.Describe(context.World));
    }

    public static void Apply(ActorBook target, CompanyAcquired e, ApplyContext context)
    {
        if (e.Completes is { } bid && !target.OpenBids.Remove(bid))
        {
            throw new RuleViolationException(context.EventSeq, $"completes: names '{bid}', which is not an open bid for {target.Profile.Name} (it was completed, rejected, withdrawn or lapsed before)");
        }

        var price = Amounts.Cents(e.Price.Point);
        var bought = e.Buyers.Sum(b => b.Value);
        var buyers = e.Buyers.Select(b => b.Actor).ToHashSet();
        var available = 1 - target.Holders.Where(h => buyers.Contains(h.Key)).Sum(h => h.Value);
        if (bought <= 0 || bought > available)
        {
            throw new RuleViolationException(context.EventSeq,
                $"The buyers cannot buy {Format.Percent(bought)} of {target.Profile.Name}: only {Format.Percent(available)} is held by others.");
        }

        // Everyone who is not a buyer sells the same fraction of what they hold; shares held by no one in the
        // scenario are sold by the outside world.
        var fraction = bought / available;
        var sellers = target.Holders.Where(h => !buyers.Contains(h.Key)).Select(h => (h.Key, h.Value * fraction)).ToList();
        var outsideShare = 1 - target.Holders.Sum(h => h.Value);
        if (outsideShare > 0)
        {
            sellers.Add((ActorId.Outside, outsideShare * fraction));
        }

        Trade(target, sellers, e.Buyers, price, target.Profile.ValuedAtNav ? null : Amounts.Cents(price / bought), context);
    }

    public static void Apply(ActorBook company, SharesSold e, ApplyContext context)
    {
        if (company.Profile.ValuedAtNav)
        {
            throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} is valued at its net assets: a sale of its shares cannot mark it.");
        }

        var outside = 1 - company.Holders.Values.Sum();
        foreach (var seller in e.Sellers)
        {
            var held = seller.Actor == ActorId.Outside ? outside : company.Holders.GetValueOrDefault(seller.Actor);
            if (held < seller.Value)
            {
                throw new RuleViolationException(context.EventSeq,
                    $"{context.World.NameOf(seller.Actor)} holds {Format.Percent(held)} of {company.Profile.Name} and cannot sell {Format.Percent(seller.Value)}.");
            }
        }

        var valuation = Amounts.Cents(e.Valuation.Point);
        var sold = e.Sellers.Sum(s => s.Value);
        Trade(company, [.. e.Sellers.Select(s => (s.Actor, s.Value))], e.Buyers, Amounts.Cents(sold * valuation), valuation, context);
        company.Note(context, "secondary-sale", e.Describe(context.World));
    }

    /// <summary>
    /// Moves shares of <paramref name="target"/> from sellers to buyers for <paramref name="price"/> in all: split among
    /// the sellers by the shares each sells and paid by the buyers by the shares each buys, every cent accounted for. The
    /// target's own books move no money; its valuation becomes <paramref name="valuation"/> when given. Sellers realise,
    /// buyers take their stakes at the new value, and every other holder is re-priced.
    /// </summary>
    private static void Trade(ActorBook target, List<(ActorId Seller, decimal Share)> sellers, ImmutableArray<ActorAmount> buyers, decimal price, decimal? valuation, ApplyContext context)
    {
        var buyerWeights = buyers.Select(b => (b.Actor, b.Value)).ToList();
        var payments = buyers.ToDictionary(b => b.Actor, _ => ImmutableArray.CreateBuilder<ActorAmount>());
        var receipts = new List<(ActorId Seller, ImmutableArray<ActorAmount> Receipts)>();
        foreach (var (seller, total) in Amounts.Allocate(price, sellers))
        {
            var fromBuyers = ImmutableArray.CreateBuilder<ActorAmount>();
            foreach (var (buyer, amount) in Amounts.Allocate(total, buyerWeights))
            {
                fromBuyers.Add(new ActorAmount(buyer, amount));
                payments[buyer].Add(new ActorAmount(seller, amount));
            }

            receipts.Add((seller, fromBuyers.ToImmutable()));
        }

        foreach (var (seller, sold) in sellers)
        {
            if (seller != ActorId.Outside)
            {
                ActorBook.SetShare(target.Holders, seller, target.Holders[seller] - sold);
            }
        }

        foreach (var buyer in buyers)
        {
            target.Holders[buyer.Actor] = target.Holders.GetValueOrDefault(buyer.Actor) + buyer.Value;
        }

        // Each part sold is rounded on its own at 28 digits: the last buyer gives back any excess over the whole.
        var excess = target.Holders.Sum(h => h.Value) - 1;
        if (excess > 0)
        {
            target.Holders[buyers[^1].Actor] -= excess;
        }

        if (valuation is { } v)
        {
            target.Valuation = v;
        }

        var value = target.EquityValue;
        foreach (var (seller, fromBuyers) in receipts)
        {
            context.Send(seller, new StakeSold(target.Id, target.Holders.GetValueOrDefault(seller), value, fromBuyers));
        }

        foreach (var buyer in buyers)
        {
            context.Send(buyer.Actor, new StakeBought(target.Id, target.Holders[buyer.Actor], value, payments[buyer.Actor].ToImmutable()));
        }

        target.NotifyHolders(context, value, except: [.. sellers.Select(s => s.Seller), .. buyers.Select(b => b.Actor)]);
    }

    public static void Apply(ActorBook company, ValuationMarked e, ApplyContext context)
    {
        if (company.Profile.ValuedAtNav)
        {
            throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} is valued at its net assets: it cannot be marked.");
        }

        var value = Amounts.Cents(MarkedValue(company, e, context));
        if (e.Shares is { } shares)
        {
            company.SharesOutstanding = shares.Point;
        }

        company.Valuation = value;
        company.Note(context, "valuation", e.Describe(context.World));
        company.NotifyHolders(context, value, except: []);
    }

    /// <summary>
    /// The value a mark states: outright, as price × shares, or as a change from a base. Each form given is computed,
    /// and they must agree within <see cref="ValuationMarked.Tolerance"/>; the first of value, price, change is kept.
    /// </summary>
    private static decimal MarkedValue(ActorBook company, ValuationMarked e, ApplyContext context)
    {
        var forms = new List<(string Form, decimal Value)>();
        if (e.Value is { } stated)
        {
            forms.Add(($"value {Format.Money(stated.Point)}", stated.Point));
        }

        if (e.Price is { } price)
        {
            var shares = e.Shares?.Point ?? company.SharesOutstanding
                ?? throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name}'s shares outstanding are not known: give shares: with the first mark by price");
            forms.Add(($"price {Format.Money(price.Point)} × {Format.Number(shares, 0)} shares = {Format.Money(price.Point * shares)}", price.Point * shares));
        }

        if (e.Change is { } change)
        {
            // A first valuation is set, never a change from nothing.
            var from = e.From?.Point ?? company.Valuation
                ?? throw new RuleViolationException(context.EventSeq,
                    $"{company.Profile.Name} has no valuation yet, so a change of {Format.Change(change, MetricUnit.Fraction)} has no base: give value: for its first mark, or from:");
            forms.Add(($"{Format.Change(change, MetricUnit.Fraction)} from {Format.Money(from)} = {Format.Money(from * (1 + change))}", from * (1 + change)));
        }

        var kept = forms[0].Value;
        foreach (var (form, value) in forms.Skip(1))
        {
            if (Math.Abs(value - kept) > Math.Abs(kept) * ValuationMarked.Tolerance)
            {
                throw new RuleViolationException(context.EventSeq,
                    $"the mark's figures disagree by more than {Format.Percent(ValuationMarked.Tolerance)}: {forms[0].Form}, but {form}");
            }
        }

        return kept;
    }

    public static void Apply(ActorBook holder, StakeBought p, ApplyContext context)
    {
        foreach (var payment in p.Payments)
        {
            holder.Post(context, Accounts.BalanceBook, "shares bought",
                new Leg(Accounts.Stake(p.Issuer), payment.Value),
                new Leg(Accounts.Cash, -payment.Value, payment.Actor));
        }

        ActorBook.SetShare(holder.Stakes, p.Issuer, p.ShareAfter);
        holder.Revalue(context, Accounts.Stake(p.Issuer), Accounts.Stake(p.Issuer), p.ShareAfter * p.EquityValue, "stake at deal value");
    }

    public static void Apply(ActorBook holder, StakeSold p, ApplyContext context)
    {
        var account = Accounts.Stake(p.Issuer);
        var before = holder.Stakes.GetValueOrDefault(p.Issuer);
        var sold = before > 0 ? (p.ShareAfter == 0 ? 1m : (before - p.ShareAfter) / before) : 0m;
        holder.Sell(context, account, [account], sold, p.Receipts, "shares sold");
        ActorBook.SetShare(holder.Stakes, p.Issuer, p.ShareAfter);
        holder.Revalue(context, account, account, p.ShareAfter * p.EquityValue, "stake at deal value");
    }

    public static void Apply(ActorBook holder, StakeRepriced p, ApplyContext context)
    {
        ActorBook.SetShare(holder.Stakes, p.Issuer, p.Share);
        holder.Revalue(context, Accounts.Stake(p.Issuer), Accounts.Stake(p.Issuer), p.Share * p.EquityValue, "stake repriced");
    }
}
