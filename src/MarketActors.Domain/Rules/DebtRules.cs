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
/// Loans, debt sales and debt marks. The borrower keeps the register of who holds its debt; a sale changes the
/// register, pays the sellers, and marks every holder's position to the sale price.
/// </summary>
internal static class DebtRules
{
    public static void Apply(ActorBook borrower, LoanMade e, ApplyContext context)
    {
        foreach (var lender in e.Lenders)
        {
            var face = Amounts.Cents(lender.Value);
            if (face == 0)
            {
                // Less than a cent lends nothing; no entry and no register line.
                continue;
            }

            borrower.Post(context, Accounts.BalanceBook, "loan received",
                new Leg(Accounts.Cash, face, lender.Actor),
                new Leg(Accounts.Debt(lender.Actor), -face));
            borrower.DebtOwed[lender.Actor] = borrower.DebtOwed.GetValueOrDefault(lender.Actor) + face;
            context.Send(lender.Actor, new LoanFunded(borrower.Id, face));
        }
    }

    public static void Apply(ActorBook lender, LoanFunded p, ApplyContext context)
    {
        lender.Post(context, Accounts.BalanceBook, "loan made",
            new Leg(Accounts.Loan(p.Borrower), p.Face),
            new Leg(Accounts.Cash, -p.Face, p.Borrower));
        lender.DebtHeld[p.Borrower] = lender.DebtHeld.GetValueOrDefault(p.Borrower) + p.Face;
    }

    public static void Apply(ActorBook borrower, DebtSold e, ApplyContext context)
    {
        var face = Amounts.Cents(e.Face.Point);
        if (e.Completed)
        {
            var filled = e.Fills is { } fills ? OpenOffer(borrower, fills, "fills", context) : 0m;
            Sell(borrower, e, face, context);
            if (e.Fills is { } offer)
            {
                // A sale may fill more than is left of the offer (a bigger deal than planned): the offer is then filled.
                ActorBook.SetShare(borrower.OpenOffers, offer, Math.Max(0m, filled - face));
            }
        }
        else
        {
            if (e.Supersedes is { } replaced)
            {
                OpenOffer(borrower, replaced, "supersedes", context);
                borrower.OpenOffers.Remove(replaced);
            }

            borrower.OpenOffers[context.EventKey] = face;
        }

        // Only once the sale is known to be possible: a refused sale leaves the books as they were.
        borrower.DebtPrice = e.Price;
        borrower.Note(context, e.Completed ? "debt-sale" : "debt-offer", e.Describe(context.World));
        foreach (var holder in borrower.DebtOwed.Keys)
        {
            context.Send(holder, new DebtRepriced(borrower.Id, e.Price));
        }
    }

    public static void Apply(ActorBook seller, DebtSoldLeg p, ApplyContext context)
    {
        var held = seller.DebtHeld.GetValueOrDefault(p.Borrower);
        if (held < p.Face)
        {
            throw new RuleViolationException(context.EventSeq, $"{seller.Profile.Name} holds {Format.Money(held)} of this debt and cannot sell {Format.Money(p.Face)}.");
        }

        // The face sold leaves at face (a fraction of the face account is exactly the face sold); the mark and the
        // unrealised gain or loss go with it pro rata, and the proceeds against its cost are realised.
        var position = Accounts.Loan(p.Borrower);
        seller.Sell(context, position, [position, Accounts.LoanMark(p.Borrower)], p.Face / held, [new ActorAmount(p.Buyer, p.Proceeds)], "debt sold");
        ActorBook.SetShare(seller.DebtHeld, p.Borrower, held - p.Face);
    }

    public static void Apply(ActorBook buyer, DebtBoughtLeg p, ApplyContext context)
    {
        foreach (var payment in p.Payments)
        {
            buyer.Post(context, Accounts.BalanceBook, "debt bought",
                new Leg(Accounts.Loan(p.Borrower), payment.Value),
                new Leg(Accounts.Cash, -payment.Value, payment.Actor));
        }

        // Carried at cost: the face bought, less the discount paid.
        var cost = p.Payments.Sum(x => x.Value);
        buyer.Post(context, Accounts.BalanceBook, "debt bought at a discount",
            new Leg(Accounts.Loan(p.Borrower), p.Face - cost),
            new Leg(Accounts.LoanMark(p.Borrower), cost - p.Face));
        buyer.DebtHeld[p.Borrower] = buyer.DebtHeld.GetValueOrDefault(p.Borrower) + p.Face;
    }

    public static void Apply(ActorBook holder, DebtRepriced p, ApplyContext context)
    {
        holder.DebtHeldPrices[p.Borrower] = p.Price;
        var face = holder.DebtHeld.GetValueOrDefault(p.Borrower);
        holder.Revalue(context, Accounts.LoanMark(p.Borrower), Accounts.Loan(p.Borrower), face * (p.Price.Point - 1), "debt marked to market");
    }

    /// <summary>Closes an open offer of the party's debt, or an open bid for the party.</summary>
    public static void Apply(ActorBook party, OfferClosed e, ApplyContext context)
    {
        if (!party.OpenBids.Remove(e.Offer))
        {
            OpenOffer(party, e.Offer, "offer", context);
            party.OpenOffers.Remove(e.Offer);
        }

        party.Note(context, "offer-closed", e.Describe(context.World));
    }

    /// <summary>What is left of an open offer of this actor's debt, or a refusal naming the field that named it.</summary>
    private static decimal OpenOffer(ActorBook borrower, string offer, string field, ApplyContext context) =>
        borrower.OpenOffers.TryGetValue(offer, out var left)
            ? left
            : throw new RuleViolationException(context.EventSeq, $"{field}: names '{offer}', which is not an open offer of {borrower.Profile.Name} debt or bid for it (it was filled, closed or superseded before)");

    private static void Sell(ActorBook borrower, DebtSold e, decimal face, ApplyContext context)
    {
        var named = e.Sellers.IsDefaultOrEmpty ? null : e.Sellers.ToHashSet();
        var holdings = borrower.DebtOwed
            .Where(h => h.Key != e.Buyer && (named is null || named.Contains(h.Key)))
            .Select(h => (h.Key, h.Value))
            .ToList();
        var held = holdings.Sum(h => h.Value);
        if (held < face || held == 0)
        {
            throw new RuleViolationException(context.EventSeq,
                $"The sellers hold {Format.Money(held)} of {borrower.Profile.Name} debt and cannot sell {Format.Money(face)}.");
        }

        var payments = ImmutableArray.CreateBuilder<ActorAmount>();
        foreach (var (seller, part) in Amounts.Allocate(face, holdings))
        {
            if (part == 0)
            {
                continue;
            }

            var proceeds = Amounts.Cents(part * e.Price.Point);
            borrower.Post(context, Accounts.BalanceBook, "debt changed hands",
                new Leg(Accounts.Debt(seller), part),
                new Leg(Accounts.Debt(e.Buyer), -part));
            ActorBook.SetShare(borrower.DebtOwed, seller, borrower.DebtOwed[seller] - part);
            payments.Add(new ActorAmount(seller, proceeds));
            context.Send(seller, new DebtSoldLeg(borrower.Id, part, proceeds, e.Buyer));
        }

        borrower.DebtOwed[e.Buyer] = borrower.DebtOwed.GetValueOrDefault(e.Buyer) + face;
        context.Send(e.Buyer, new DebtBoughtLeg(borrower.Id, face, payments.ToImmutable()));
    }
}
