using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>Shares issued, rounds, acquisitions, mergers, secondary sales, bids, marks and warrants.</summary>
public static partial class EventCatalog
{
    /// <summary>The fields of one tranche of a round.</summary>
    private static FieldSpec[] TrancheFields =>
    [
        Need("investor", F.Actor, "Who pays it: one of the round's investors.", C, I),
        Need("amount", F.Money, "How much, when it pays in full."),
        Need("at", F.Date, "When it is due; with a condition, also the date by which it must be met."),
        May("condition", F.Slug, "A kebab-case name of the condition it depends on; a condition-resolved event settles it."),
        May("if-unmet", F.Money, "What it pays if the condition is not met by its date; without it the tranche lapses."),
    ];

    private static ImmutableArray<EventSpec> Equity() =>
    [
        new("investment-made", "An investor buys newly issued equity for cash. Existing holders are diluted; the post-money value becomes the valuation.",
            [Need("company", F.Actor, "The company issuing equity.", C, I, P), Need("investor", F.Actor, "The investor.", C, I), Need("amount", F.Money, "The cash invested."), May("stake", F.Percent, "The share bought; without it the current valuation prices the deal.")],
            v => new InvestmentMade(v.Actor("company"), v.Actor("investor"), v.Figure("amount"), v.MaybeFraction("stake")))
        {
            Example = "{ at: 2024-12-23, type: investment-made, company: xai, investor: nvidia, amount: 6B, stake: 12%, source: report#p1 }",
        },
        new("round-closed", "A priced round closes: several investors commit at one price, given as the pre-money or the post-money value. Money not split into tranches is paid at the close, all at once; tranches are paid on their dates at the same price, and one with a condition pays less, or lapses, if the condition is not met by its date.",
            [Need("company", F.Actor, "The company raising.", C, P), May("pre-money", F.Money, "The value before the round's money."), May("post-money", F.Money, "The value after all the round's money: the pre-money value plus everything committed."), Need("investors", F.ActorMoney, "Each investor and all it commits.", C, I), MayList("tranches", "Dated parts of the commitments; an investor with none pays everything at the close.", TrancheFields), May("round", F.Text, "The round's name (Series F).")],
            v => new RoundClosed(v.Actor("company"), v.MaybeFigure("pre-money"), v.MaybeFigure("post-money"), v.Amounts("investors"), [.. v.Entries("tranches").Select(Tranche)], v.MaybeText("round")))
        {
            Check = CheckRound,
            Expand = (e, id) => ((RoundClosed)e).Tranches.Select((t, i) => new Scheduled(t.At, t.DateLabel, "round-tranche", new TrancheSettled(((RoundClosed)e).Company, id!, i, t))),
            Example = "{ at: 2025-03-31, id: openai-2025, type: round-closed, company: openai, post-money: 300B, investors: { softbank: 30B, others: 10B }, source: report#p1 }",
        },
        new("condition-resolved", "A condition that tranches of a round depend on is met, or is found not to be. Tranches due later pay in full only if it was met by their date.",
            [Need("round", F.EventRef, "The round: the id of a round-closed event."), Need("condition", F.Slug, "The condition, as the round's tranches name it."), Need("met", F.Bool, "true when it was met, false when it was not.")],
            v => new ConditionResolved(ActorId.Outside, v.Text("round"), v.Text("condition"), v.MaybeBool("met") ?? false))
        {
            Link = (e, links) =>
            {
                var resolved = (ConditionResolved)e;
                if (links.Named<RoundClosed>("round", resolved.Round, "a round-closed event") is not { } round)
                {
                    return e;
                }

                var conditions = round.Tranches.Select(t => t.Condition).OfType<string>().Distinct().ToList();
                if (!conditions.Contains(resolved.Condition))
                {
                    links.Report("condition", $"condition: '{resolved.Condition}' is not a condition of round '{resolved.Round}'" + (conditions.Count == 0 ? "; its tranches have none" : $"; its tranches name: {string.Join(", ", conditions)}"));
                }

                return resolved with { Company = round.Company };
            },
            Example = "{ at: 2025-10-28, type: condition-resolved, round: openai-2025, condition: for-profit-conversion, met: true, source: report#p9 }",
        },
        new("company-acquired", "Buyers buy shares of a company from its holders and from outside the scenario. The price sets the valuation; sellers realise gains or losses. Give acquirer: (and stake:), or buyers:.",
            [Need("target", F.Actor, "The company bought.", C, P, I), Need("price", F.Money, "The price paid for all the shares bought."), May("acquirer", F.Actor, "The single buyer.", C, I), May("stake", F.Percent, "The share the acquirer buys (default 100%)."), May("buyers", F.ActorShares, "Each buyer and the share it buys.", C, I), May("completes", F.EventRef, "The bid (a bid-made event for this target) the acquisition completes, if any.")],
            BuildAcquisition)
        {
            Link = (e, links) =>
            {
                var deal = (CompanyAcquired)e;
                if (deal.Completes is { } bid)
                {
                    links.Named<BidMade>("completes", bid, $"a bid for {deal.Target} (a bid-made event with target: {deal.Target})", b => b.Target == deal.Target);
                }

                return e;
            },
            Check = v => Either(v, ("acquirer", null), "buyers").Concat(v.Has("stake") && v.Has("buyers") ? [("stake", "stake: goes with acquirer:, not with buyers:")] : []),
            Example = "{ at: 2022-10-27, type: company-acquired, target: x-corp, price: 44B, buyers: { musk: 79%, x-co-investors: 21% }, source: herald#F20 }",
        },
        new("companies-merged", "Companies combine in an all-stock deal at stated equity values. The combined company (one of them, or a new actor) takes over the others' assets and debts; each holder ends up with the combined company in proportion to the value it brought. No cash comes in.",
            [Need("into", F.Actor, "The combined company: one of those combined, or an actor of its own.", C, P, I), Need("values", F.ActorMoney, "Each company combined and its equity value in the deal.", C, P, I)],
            v => new CompaniesMerged(v.Actor("into"), v.Amounts("values")))
        {
            Check = v => v.Has("into") && v.Has("values") && !v.Amounts("values").Any(a => a.Actor != v.Actor("into"))
                ? [("values", "values: must name at least one company other than into:, which it absorbs")]
                : [],
            Example = "{ at: 2025-03-28, type: companies-merged, into: xai, values: { xai: 80B, x-corp: 33B }, source: report#p1 }",
        },
        new("shares-sold", "Holders sell shares of a company to other investors at a valuation (a secondary sale, a tender offer). The sellers are paid and realise; the valuation marks every holder; the company receives no money. Give buyer: (who takes all), or buyers:.",
            [Need("company", F.Actor, "The company whose shares change hands.", C, P, I), Need("sellers", F.ActorShares, "Each seller and the share of the company it sells (outside: holders outside the story)."), May("buyer", F.Actor, "The single buyer.", C, I), May("buyers", F.ActorShares, "Each buyer and the share it buys; together as much as is sold.", C, I), Need("valuation", F.Money, "The value of 100% of the company the sale is priced at.")],
            v => new SharesSold(v.Actor("company"), v.Amounts("sellers"), v.Has("buyers") ? v.Amounts("buyers") : [new ActorAmount(v.Actor("buyer"), v.Amounts("sellers").Sum(s => s.Value))], v.Figure("valuation")))
        {
            Check = v => Either(v, ("buyer", null), "buyers").Concat(
                v.Has("buyers") && v.Has("sellers") && v.Amounts("buyers").Sum(b => b.Value) != v.Amounts("sellers").Sum(s => s.Value)
                    ? [("buyers", $"the buyers buy {Domain.Metrics.Format.Percent(v.Amounts("buyers").Sum(b => b.Value))} but the sellers sell {Domain.Metrics.Format.Percent(v.Amounts("sellers").Sum(s => s.Value))}")]
                    : []),
            Example = "{ at: 2024-11-27, type: shares-sold, company: openai, sellers: { employees: 1% }, buyer: softbank, valuation: 157B, source: report#p1 }",
        },
        new("bid-made", "Bidders offer to buy a share of a company at a price. Nothing changes hands: the bid stays open until a company-acquired event completes it (completes:) or an offer-closed event says it was rejected, withdrawn or lapsed.",
            [Need("target", F.Actor, "The company bid for.", C, P, I), Need("bidders", F.ActorList, "Who bids: one id, or a list of those bidding together.", C, I), Need("price", F.Money, "The price offered for the share bid for."), May("stake", F.Percent, "The share bid for (default 100%).")],
            v => new BidMade(v.Actor("target"), v.Actors("bidders"), v.Figure("price"), v.MaybeFraction("stake") ?? 1m))
        {
            Example = "{ at: 2025-02-10, id: musk-bid, type: bid-made, target: openai, bidders: musk, price: 97.4B, source: report#p1 }",
        },
        new("valuation-marked", "A company's equity is marked to a new value: outright (value:), as a market price (price: × shares:), or by a change (change: -10%, from its valuation or from:). Give one, or several that agree (within 1%). Every holder's stake moves by its share.",
            [Need("company", F.Actor, "The company.", C, P), May("value", F.Money, "The new value of 100% of the equity."), May("price", F.Money, "The share price, for a market mark."), May("shares", F.Count, "Shares outstanding; kept for later marks by price."), May("change", F.Change, "The relative change (-10%)."), May("from", F.Money, "The value the change is from; without it, the company's valuation before."), May("by", F.Party, "Who marked it.")],
            v => new ValuationMarked(v.Actor("company"), v.MaybeFigure("value"), v.MaybeFigure("change")?.Point, v.MaybeText("by"), v.MaybeFigure("price"), v.MaybeFigure("shares"), v.MaybeFigure("from")))
        {
            Check = CheckMark,
            Example = "{ at: 2024-09-30, type: valuation-marked, company: x-corp, value: 9.4B, by: fidelity, source: herald#F21 }",
        },
        new("warrant-granted", "A company grants a holder the right to buy its shares at a strike (a warrant, an option), vesting in parts. The vested part is worth, to the holder, the shares' value above the strike, marked whenever the company is. Give shares: with a strike per share, or stake: with a strike that is a value of the whole company.",
            [Need("company", F.Actor, "The company whose shares it is on.", C, P), Need("holder", F.Actor, "Who holds it.", C, I, P), May("shares", F.Count, "How many shares it covers (the company's shares outstanding must be known from a mark by price)."), May("stake", F.Percent, "The share of the company it covers, instead."), Need("strike", F.Money, "The price per share (with shares:), or the value of the whole company (with stake:), the holder pays."), May("vested-shares", F.Count, "Shares vested at the grant (with shares:)."), May("vested-stake", F.Percent, "Share of the company vested at the grant (with stake:).")],
            v => new WarrantGranted(v.Actor("company"), v.Actor("holder"), v.MaybeFigure("shares"), v.MaybeFraction("stake"), v.Figure("strike"), v.MaybeFigure("vested-shares")?.Point ?? v.MaybeFraction("vested-stake") ?? 0m))
        {
            Check = v => Either(v, ("shares", null), "stake")
                .Concat(v.Has("vested-shares") && !v.Has("shares") ? [("vested-shares", "vested-shares: goes with shares:")] : [])
                .Concat(v.Has("vested-stake") && !v.Has("stake") ? [("vested-stake", "vested-stake: goes with stake:")] : []),
            Example = "{ at: 2025-10-06, id: amd-warrant, type: warrant-granted, company: amd, holder: openai, shares: 160M, strike: 0.01, source: report#p1 }",
        },
        new("warrant-vested", "Part of a warrant vests, as a milestone is reached. The holder's warrant is re-valued with it.",
            [Need("warrant", F.EventRef, "The warrant: the id of a warrant-granted event."), May("shares", F.Count, "Shares that vest (a warrant stated in shares)."), May("stake", F.Percent, "Share of the company that vests (a warrant stated as stake:)."), May("milestone", F.Text, "The milestone reached.")],
            v => new WarrantVested(ActorId.Outside, v.Text("warrant"), v.MaybeFigure("shares")?.Point ?? v.MaybeFraction("stake") ?? 0m, v.MaybeText("milestone")))
        {
            Check = v => Either(v, ("shares", null), "stake"),
            Link = (e, links) =>
            {
                var vested = (WarrantVested)e;
                return links.Named<WarrantGranted>("warrant", vested.Warrant, "a warrant-granted event") is { } granted
                    ? vested with { Company = granted.Company }
                    : e;
            },
            Example = "{ at: 2026-09-30, type: warrant-vested, warrant: amd-warrant, shares: 16M, milestone: first gigawatt deployed, source: report#p2 }",
        },
    ];

    private static RoundTranche Tranche(FieldValues t) =>
        new(t.Actor("investor"), t.Figure("amount"), t.Date("at").Date, t.Date("at").Label, t.MaybeText("condition"), t.MaybeFigure("if-unmet"));

    private static IEnumerable<(string, string)> CheckRound(FieldValues v)
    {
        foreach (var problem in Either(v, ("post-money", null), "pre-money"))
        {
            yield return problem;
        }

        var committed = v.Amounts("investors").ToDictionary(i => i.Actor, i => i.Value);
        var tranches = v.Entries("tranches");
        if (tranches.Length > 0 && !v.Has("id"))
        {
            yield return ("tranches", "a round with tranches needs an id:, so that its tranches (and condition-resolved events) can name it");
        }

        for (var i = 0; i < tranches.Length; i++)
        {
            var t = tranches[i];
            var at = $"tranches[{i}].";
            var investor = t.Actor("investor");
            var due = t.Date("at");
            if (!committed.ContainsKey(investor))
            {
                yield return (at + "investor", $"'{investor}' is not one of the round's investors ({string.Join(", ", committed.Keys)})");
            }

            if (due.Date < v.Date("at").Date)
            {
                yield return (at + "at", $"a tranche cannot be due ({due.Label}) before the round closes");
            }

            if (t.Has("if-unmet") && !t.Has("condition"))
            {
                yield return (at + "if-unmet", "if-unmet: needs the condition: it depends on");
            }

            if (t.MaybeFigure("if-unmet") is { } unmet && unmet.Point >= t.Figure("amount").Point)
            {
                yield return (at + "if-unmet", "if-unmet: must be less than amount:, or the condition changes nothing");
            }
        }

        foreach (var group in tranches.Select((t, i) => (Values: t, Index: i)).GroupBy(t => t.Values.Actor("investor")).Where(g => committed.ContainsKey(g.Key)))
        {
            var sum = group.Sum(t => t.Values.Figure("amount").Point);
            if (sum != committed[group.Key])
            {
                yield return ($"tranches[{group.First().Index}].amount", $"the tranches of '{group.Key}' add up to {Domain.Metrics.Format.Money(sum)}, not the {Domain.Metrics.Format.Money(committed[group.Key])} it commits under investors:");
            }
        }
    }

    /// <summary>At least one form of the mark; forms that can be computed from the file alone must agree.</summary>
    private static IEnumerable<(string, string)> CheckMark(FieldValues v)
    {
        if (!v.Has("value") && !v.Has("price") && !v.Has("change"))
        {
            yield return (string.Empty, "give value:, price: (with shares:, at least once) or change:");
        }

        if (v.Has("from") && !v.Has("change"))
        {
            yield return ("from", "from: goes with change:");
        }

        var forms = new List<(string Field, string Form, decimal Value)>();
        if (v.MaybeFigure("value") is { } value)
        {
            forms.Add(("value", $"value: {Domain.Metrics.Format.Money(value.Point)}", value.Point));
        }

        if (v.MaybeFigure("price") is { } price && v.MaybeFigure("shares") is { } shares)
        {
            forms.Add(("price", $"price: × shares: = {Domain.Metrics.Format.Money(price.Point * shares.Point)}", price.Point * shares.Point));
        }

        if (v.MaybeFigure("change") is { } change && v.MaybeFigure("from") is { } from)
        {
            forms.Add(("change", $"change: from from: = {Domain.Metrics.Format.Money(from.Point * (1 + change.Point))}", from.Point * (1 + change.Point)));
        }

        foreach (var (field, form, computed) in forms.Skip(1))
        {
            if (Math.Abs(computed - forms[0].Value) > forms[0].Value * ValuationMarked.Tolerance)
            {
                yield return (field, $"{form}, but {forms[0].Form}: the two disagree by more than 1%");
            }
        }
    }

    private static CompanyAcquired BuildAcquisition(FieldValues v)
    {
        var buyers = v.Has("buyers") ? v.Amounts("buyers") : [new ActorAmount(v.Actor("acquirer"), v.MaybeFraction("stake") ?? 1m)];
        return new CompanyAcquired(v.Actor("target"), v.Figure("price"), buyers, v.MaybeText("completes"));
    }
}
