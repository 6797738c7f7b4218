using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>Loans, debt sales and the offers that close.</summary>
public static partial class EventCatalog
{
    private static ImmutableArray<EventSpec> Debt() =>
    [
        new("loan-made", "Lenders lend to a borrower: cash to the borrower, debt at face on both sides. Give lender: and amount:, or lenders: with each lender's part.",
            [Need("borrower", F.Actor, "The borrower.", C, I, P), May("lender", F.Actor, "The single lender.", C, I), May("amount", F.Money, "The face value, with lender:."), May("lenders", F.ActorMoney, "Each lender and its part of the face value.", C, I), May("purpose", F.Text, "What the money is for.")],
            BuildLoan)
        {
            Check = v => Either(v, ("lender", "amount"), "lenders"),
            Example = "{ at: 2022-10-27, type: loan-made, borrower: x-corp, lenders: { morgan-stanley: 3.5B, other-banks: 9.5B }, source: herald#F20 }",
        },
        new("debt-sold", "Holders of a borrower's debt sell part of it at a price (fraction of face), or offer it (status: offered). The price marks every holder's position; sellers realise the discount.",
            [Need("borrower", F.Actor, "Whose debt.", C, I, P), Need("face", F.Money, "The face value sold or offered."), Need("price", F.PercentRange, "The price as a share of face: 92%, 97c, par, or a range 90%..95% (its middle is used)."), May("sellers", F.ActorList, "Who sells, pro rata to holdings; default every holder but the buyer.", C, I), May("buyer", F.Actor, "Who buys; default outside the scenario.", C, I), Choose("status", "completed (a sale) or offered (priced, not settled).", "completed", "offered"), May("arranger", F.Actor, "The bank arranging the sale.", C, I), May("fills", F.EventRef, "For a sale: the offer (a debt-sold event with status: offered) it fills, in part or whole."), May("supersedes", F.EventRef, "For an offer: an earlier open offer it replaces.")],
            v => new DebtSold(v.Actor("borrower"), v.Figure("face"), v.Figure("price"), v.Actors("sellers"), v.MaybeActor("buyer") ?? ActorId.Outside, v.Choice("status", "completed") == "completed", v.MaybeActor("arranger"), v.MaybeText("fills"), v.MaybeText("supersedes")))
        {
            Check = v => (v.Choice("status", "completed"), v.Has("fills"), v.Has("supersedes")) switch
            {
                ("offered", true, _) => [("fills", "fills: goes with a completed sale; an offer fills nothing")],
                ("completed", _, true) => [("supersedes", "supersedes: goes with status: offered; a sale fills an offer with fills:")],
                _ => [],
            },
            Link = LinkDebtSale,
            Example = "{ at: 2025-01-24, type: debt-sold, borrower: x-corp, face: 3B, price: 90%..95%, status: offered, arranger: morgan-stanley, source: herald#F17 }",
        },
        new("offer-closed", "An offer (debt offered for sale) or a bid (for a company) ends without completing: withdrawn, rejected or lapsed. What was on offer stops counting as offered; the outcome is kept with it.",
            [Need("offer", F.EventRef, "The offer or bid: the id of a debt-sold event with status: offered, or of a bid-made event."), Choose("outcome", "withdrawn, rejected or lapsed.", "withdrawn", "rejected", "lapsed"), May("reason", F.Text, "Why, if stated.")],
            v => new OfferClosed(ActorId.Outside, v.Text("offer"), v.Choice("outcome", "withdrawn") switch { "rejected" => OfferOutcome.Rejected, "lapsed" => OfferOutcome.Lapsed, _ => OfferOutcome.Withdrawn }, v.MaybeText("reason")))
        {
            Link = (e, links) =>
            {
                var closed = (OfferClosed)e;
                return links.Named<MarketEvent>("offer", closed.Offer, "an offer or a bid (a debt-sold event with status: offered, or a bid-made event)", s => s is DebtSold { Completed: false } or BidMade) switch
                {
                    DebtSold offer => closed with { Party = offer.Borrower },
                    BidMade bid => closed with { Party = bid.Target },
                    _ => e,
                };
            },
            Example = "{ at: 2025-02-07, type: offer-closed, offer: ms-offer, outcome: withdrawn, reason: no buyers at 90%, source: report#p2 }",
        },
    ];

    private static MarketEvent LinkDebtSale(MarketEvent e, LinkContext links)
    {
        var sale = (DebtSold)e;
        foreach (var (field, id) in new[] { ("fills", sale.Fills), ("supersedes", sale.Supersedes) })
        {
            if (id is not null)
            {
                links.Named<DebtSold>(field, id, $"an offer of {sale.Borrower} debt (a debt-sold event with borrower: {sale.Borrower} and status: offered)", o => !o.Completed && o.Borrower == sale.Borrower);
            }
        }

        return e;
    }

    private static LoanMade BuildLoan(FieldValues v)
    {
        var lenders = v.Has("lenders") ? v.Amounts("lenders") : [new ActorAmount(v.Actor("lender"), v.Figure("amount").Point)];
        return new LoanMade(v.Actor("borrower"), lenders, v.MaybeText("purpose"));
    }
}
