using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>
/// Every event type of the scenario format. The validator, the JSON Schema and the format reference are all
/// derived from this one table, so they cannot drift apart.
/// </summary>
public static class EventCatalog
{
    private const ActorKind C = ActorKind.Company;
    private const ActorKind I = ActorKind.Investor;
    private const ActorKind P = ActorKind.Project;

    /// <summary>The fields of one tranche of a round.</summary>
    // Declared before the tables that use it: static fields initialise in the order written.
    private static readonly FieldSpec[] TrancheFields =
    [
        Need("investor", F.Actor, "Who pays it: one of the round's investors.", C, I),
        Need("amount", F.Money, "How much, when it pays in full."),
        Need("at", F.Date, "When it is due; with a condition, also the date by which it must be met."),
        May("condition", F.Slug, "A kebab-case name of the condition it depends on; a condition-resolved event settles it."),
        May("if-unmet", F.Money, "What it pays if the condition is not met by its date; without it the tranche lapses."),
    ];

    /// <summary>The fields of one payment ordered by a ruling.</summary>
    private static readonly FieldSpec[] DamagesFields =
    [
        Need("from", F.Actor, "Who pays: a defendant of the suit.", C, I, P),
        Need("to", F.Actor, "Who is paid: a plaintiff of the suit.", C, I, P),
        Need("amount", F.Money, "How much."),
    ];

    /// <summary>The fields every event has.</summary>
    public static ImmutableArray<FieldSpec> CommonFields { get; } =
    [
        Need("at", F.Date, "When it happened. A comment should say so when the date is not in the source."),
        May("known", F.Date, "When it became known, if later than at: (a cost disclosed months later); never before at:. A replay as known at an earlier date leaves the event out."),
        Need("type", F.Choice, "The event type (one of those below)."),
        Need("source", F.Text, "Where it comes from: 'key#ref' naming a declared source (herald#F05), or a quoted citation. One or a list."),
        May("id", F.Slug, "A unique id, so that other events (disputes:, claim:, event: ...) can name this one."),
        May("note", F.Text, "The analyst's note: assumptions, corrections, dates not in the source."),
    ];

    /// <summary>The event types, in the order the reference lists them.</summary>
    public static ImmutableArray<EventSpec> All { get; } =
    [
        new("funding-announced", "A project announces how much capital it will raise. Moves the project's announced capital (memo book).",
            [Need("project", F.Actor, "The project.", P), Need("total", F.Money, "The headline amount."), May("over", F.Duration, "The horizon (4y)."), May("first-tranche", F.Money, "A first tranche, counted as pledged.")],
            v => new FundingAnnounced(v.Actor("project"), v.Figure("total"), v.MaybeDuration("over"), v.MaybeFigure("first-tranche")))
        {
            Example = "{ at: 2025-01-21, type: funding-announced, project: stargate, total: 500B, over: 4y, source: herald#F01 }",
        },
        new("funding-pledged", "Capital is pledged to a project or a company, by a named backer or (without by:) by its partners together. Moves pledged capital (memo).",
            [Need("project", F.Actor, "The project, or the company, it is pledged to.", P, C), Need("amount", F.Money, "The amount pledged."), May("by", F.Actor, "The backer.", C, I, P), May("tranche", F.Text, "The tranche's label (first phase).")],
            v => new FundingPledged(v.Actor("project"), v.Figure("amount"), v.MaybeActor("by"), v.MaybeText("tranche")))
        {
            Example = "{ at: 2025-01-21, type: funding-pledged, project: stargate, amount: 100B, tranche: first phase, source: herald#F02 }",
        },
        new("funding-committed", "Capital is committed (legally) to a project or a company. Moves committed capital (memo).",
            [Need("project", F.Actor, "The project, or the company, it is committed to.", P, C), Need("amount", F.Money, "The amount committed."), May("by", F.Actor, "The backer.", C, I, P)],
            v => new FundingCommitted(v.Actor("project"), v.Figure("amount"), v.MaybeActor("by")))
        {
            Example = "{ at: 2025-03-01, type: funding-committed, project: stargate, by: softbank, amount: 19B, source: report#p3 }",
        },
        new("capital-called", "A backer pays capital into a project: cash moves from the backer to the project; funded capital rises.",
            [Need("project", F.Actor, "The project.", P), Need("by", F.Actor, "The backer who pays.", C, I, P), Need("amount", F.Money, "The amount paid.")],
            v => new CapitalCalled(v.Actor("project"), v.Actor("by"), v.Figure("amount")))
        {
            Example = "{ at: 2025-06-01, type: capital-called, project: stargate, by: softbank, amount: 5B, source: report#p4 }",
        },
        new("contract-signed", "A buyer contracts to buy from a seller (compute, chips, power) for a total over a term. No money moves: the seller's backlog and the buyer's purchase commitments rise.",
            [Need("buyer", F.Actor, "Who buys.", C, I, P), Need("seller", F.Actor, "Who sells.", C, I, P), Need("total", F.Money, "The contract's total value."), May("term", F.Duration, "Over how long (5y)."), May("what", F.Text, "What is bought (Azure compute).")],
            v => new ContractSigned(v.Actor("buyer"), v.Actor("seller"), v.Figure("total"), v.MaybeDuration("term"), v.MaybeText("what")))
        {
            Check = v => v.Has("buyer") && v.Has("seller") && v.Actor("buyer") == v.Actor("seller") ? [("seller", "a contract needs two parties: the seller cannot be the buyer")] : [],
            Example = "{ at: 2025-09-10, type: contract-signed, buyer: openai, seller: oracle, total: 300B, term: 5y, what: compute, source: report#p1 }",
        },
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
        new("donation-made", "Money given with nothing in return: cash moves from donor to recipient.",
            [Need("from", F.Actor, "The donor.", C, I, P), Need("to", F.Actor, "The recipient.", C, I, P), Need("amount", F.Money, "The amount.")],
            v => new DonationMade(v.Actor("from"), v.Actor("to"), v.Figure("amount")))
        {
            Example = "{ at: 2015-12-11, type: donation-made, from: musk, to: openai, amount: 50M, source: herald#F07 }",
        },
        new("loan-made", "Lenders lend to a borrower: cash to the borrower, debt at face on both sides. Give lender: and amount:, or lenders: with each lender's part.",
            [Need("borrower", F.Actor, "The borrower.", C, I, P), May("lender", F.Actor, "The single lender.", C, I), May("amount", F.Money, "The face value, with lender:."), May("lenders", F.ActorMoney, "Each lender and its part of the face value.", C, I), May("purpose", F.Text, "What the money is for.")],
            BuildLoan)
        {
            Check = v => Either(v, ("lender", "amount"), "lenders"),
            Example = "{ at: 2022-10-27, type: loan-made, borrower: x-corp, lenders: { morgan-stanley: 3.5B, other-banks: 9.5B }, source: herald#F20 }",
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
        new("valuation-marked", "A company's equity is marked to a new value: outright (value:), as a market price (price: × shares:), or by a change (change: -10%, from its valuation or from:). Give one, or several that agree (within 1%). Every holder's stake moves by its share.",
            [Need("company", F.Actor, "The company.", C, P), May("value", F.Money, "The new value of 100% of the equity."), May("price", F.Money, "The share price, for a market mark."), May("shares", F.Count, "Shares outstanding; kept for later marks by price."), May("change", F.Change, "The relative change (-10%)."), May("from", F.Money, "The value the change is from; without it, the company's valuation before."), May("by", F.Party, "Who marked it.")],
            v => new ValuationMarked(v.Actor("company"), v.MaybeFigure("value"), v.MaybeFigure("change")?.Point, v.MaybeText("by"), v.MaybeFigure("price"), v.MaybeFigure("shares"), v.MaybeFigure("from")))
        {
            Check = CheckMark,
            Example = "{ at: 2024-09-30, type: valuation-marked, company: x-corp, value: 9.4B, by: fidelity, source: herald#F21 }",
        },
        new("net-worth-reported", "An actor's net worth is reported; the gap to what the scenario explains is booked as other holdings.",
            [Need("actor", F.Actor, "Whose net worth.", C, I, P), Need("value", F.Money, "The reported figure."), May("by", F.Party, "Who reported it.")],
            v => new NetWorthReported(v.Actor("actor"), v.Figure("value"), v.MaybeText("by")))
        {
            Example = "{ at: 2025-01-22, type: net-worth-reported, actor: musk, value: 432.6B, source: herald#F16 }",
        },
        new("datacenters-planned", "A project sets how many data centres it plans, with an optional breakdown by region.",
            [Need("project", F.Actor, "The project.", P, C), Need("count", F.Count, "Data centres planned in all."), May("region", F.Text, "Where (United States)."), May("of-which", F.RegionCounts, "Regions within it ({ Texas: 10 }).")],
            v => new DatacentersPlanned(v.Actor("project"), v.Figure("count"), v.MaybeText("region"), v.Regions("of-which")))
        {
            Example = "{ at: 2025-01-21, type: datacenters-planned, project: stargate, count: 20, region: United States, of-which: { Texas: 10 }, source: herald#F09 }",
        },
        new("milestone-set", "A project sets an expected date for a milestone.",
            [Need("project", F.Actor, "The project.", P, C), Need("milestone", F.Text, "What is expected."), Need("expected", F.Date, "When (mid-2026).")],
            v => new MilestoneSet(v.Actor("project"), v.Text("milestone"), v.Date("expected").Date, v.Date("expected").Label))
        {
            Example = "{ at: 2025-01-21, type: milestone-set, project: stargate, milestone: first data centre operational, expected: mid-2026, source: herald#F03 }",
        },
        new("gpus-planned", "A site adds GPUs of one catalog model, or of a model the source does not state, to its plan. Rolls up to the site's parent, operator and owner.",
            [Need("site", F.Actor, "The project or company holding the GPUs.", P, C), May("gpu", F.Gpu, UnstatedGpu), Need("count", F.Count, "How many."), May("online-by", F.Date, "When they are due.")],
            v => new GpusPlanned(v.Actor("site"), v.MaybeText("gpu") ?? GpuModel.Unstated, v.Figure("count"), v.MaybeDateLabel("online-by")))
        {
            Example = "{ at: 2025-01-21, type: gpus-planned, site: abilene, gpu: GB300, count: 200k, source: herald#F12 }",
        },
        new("gpus-deployed", "GPUs move forward at a site: to under construction, or online. They come out of the plan; any beyond it enlarge it.",
            [Need("site", F.Actor, "The project or company holding the GPUs.", P, C), May("gpu", F.Gpu, UnstatedGpu), Need("count", F.Count, "How many."), Choose("status", "online, or under-construction.", "online", "under-construction")],
            v => new GpusDeployed(v.Actor("site"), v.MaybeText("gpu") ?? GpuModel.Unstated, v.Figure("count"), Status(v)))
        {
            Example = "{ at: 2025-01-21, type: gpus-deployed, site: abilene, gpu: GB200, count: 100k, source: herald#F12 }",
        },
        new("power-planned", "A site adds power of its own to its plan, in MW or GW, apart from the watts of any GPUs. Rolls up to the site's parent, operator and owner.",
            [Need("site", F.Actor, "The project or company whose power it is.", P, C), Need("power", F.Power, "How much (1.2 GW, 200 MW)."), May("online-by", F.Date, "When it is due.")],
            v => new PowerPlanned(v.Actor("site"), v.Figure("power"), v.MaybeDateLabel("online-by")))
        {
            Example = "{ at: 2025-01-21, type: power-planned, site: abilene, power: 1.2 GW, online-by: mid-2026, source: report#p2 }",
        },
        new("power-deployed", "Power of a site's own moves forward: to under construction, or online. It comes out of the power plan; any beyond it enlarges it.",
            [Need("site", F.Actor, "The project or company whose power it is.", P, C), Need("power", F.Power, "How much (200 MW)."), Choose("status", "online, or under-construction.", "online", "under-construction")],
            v => new PowerDeployed(v.Actor("site"), v.Figure("power"), Status(v)))
        {
            Example = "{ at: 2025-09-30, type: power-deployed, site: abilene, power: 200 MW, source: report#p5 }",
        },
        new("capacity-restated", "A site restates a plan to a new total: its plan of one GPU model (count:, with gpu: unless the model is not stated), or its power plan (power:). The total replaces the plan, up or down, but never below what is already under construction or online.",
            [Need("site", F.Actor, "The project or company whose plan it is.", P, C), May("gpu", F.Gpu, "The GPU model whose plan is restated; leave it out for GPUs of no stated model."), May("count", F.Count, "The new total of GPUs planned, online ones included."), May("power", F.Power, "The new total of power planned, online power included.")],
            v => new CapacityRestated(v.Actor("site"), v.Has("power") ? null : v.MaybeText("gpu") ?? GpuModel.Unstated, v.MaybeFigure("count"), v.MaybeFigure("power")))
        {
            Check = v => v.Has("gpu") && v.Has("power")
                ? [("gpu", "gpu: goes with count:; a power plan has no GPU model")]
                : Either(v, ("count", null), "power"),
            Example = "{ at: 2025-06-01, type: capacity-restated, site: abilene, power: 1.5 GW, source: report#p4 }",
        },
        new("commitment-made", "A backer commits money to a company or project up to a total, released in steps as capacity comes online at the recipient's sites. Each whole step (per: power, or per-gpus: GPUs) brought online after the commitment releases release:, as shares at the recipient's valuation (as: investment) or as capital paid in (as: funding).",
            [Need("by", F.Actor, "Who commits and pays.", C, I), Need("to", F.Actor, "The recipient: capacity online at its own sites and at every site that rolls up to it counts.", C, P), Need("up-to", F.Money, "The most it releases in all (100B)."), Need("release", F.Money, "What each step releases (10B)."), May("per", F.Power, "A step: power brought online (1 GW)."), May("per-gpus", F.Count, "A step: GPUs brought online, of any model (100k)."), new FieldSpec("as", F.Choice, true, "What the money buys: investment (shares at the recipient's valuation when each step is released) or funding (capital paid in, nothing issued).") { Choices = ["investment", "funding"] }],
            v => new CommitmentMade(v.Actor("by"), v.Actor("to"), v.Figure("up-to"), v.Figure("release"), v.MaybeFigure("per") ?? v.Figure("per-gpus"), v.Has("per") ? ReleaseUnit.Megawatts : ReleaseUnit.Gpus, v.Text("as") == "funding" ? ReleaseAs.Funding : ReleaseAs.Investment))
        {
            Check = CheckCommitment,
            Example = "{ at: 2025-09-22, id: nvidia-openai, type: commitment-made, by: nvidia, to: openai, up-to: 100B, release: 10B, per: 1 GW, as: investment, source: report#p1 }",
        },
        new("model-released", "A company releases a model, optionally with its training cost.",
            [Need("company", F.Actor, "Who releases it.", C, P), Need("model", F.Text, "The model's name."), May("training-cost", F.Money, "What training cost (~5.5M)."), May("open-weights", F.Bool, "Whether the weights are open."), May("compares-to", F.Text, "What it is said to match.")],
            v => new ModelReleased(v.Actor("company"), v.Text("model"), v.MaybeFigure("training-cost"), v.MaybeBool("open-weights"), v.MaybeText("compares-to")))
        {
            Example = "{ at: 2025-01-20, type: model-released, company: deepseek, model: R1, training-cost: ~5.5M, open-weights: true, source: herald#F14 }",
        },
        new("claim-made", "Someone claims (or denies) something about an actor. A figure is kept beside the announced ones as contested capital, never in their place.",
            [Need("by", F.Party, "Who claims."), Need("subject", F.Actor, "The actor it is about.", C, I, P), May("about", F.Actor, "A second actor it concerns.", C, I, P), Need("says", F.Text, "What was said."), Choose("stance", "asserts or denies.", "asserts", "denies"), May("figure", F.Money, "The figure claimed (< 10B)."), May("disputes", F.EventIds, "Ids of the events it disputes.")],
            v => new ClaimMade(v.Text("by"), v.Actor("subject"), v.MaybeActor("about"), v.Text("says"), v.Choice("stance", "asserts") == "denies" ? ClaimStance.Denies : ClaimStance.Asserts, v.MaybeFigure("figure"), v.Ids("disputes")))
        {
            Example = "{ at: 2025-01-22, type: claim-made, by: musk, subject: stargate, about: softbank, says: They don't actually have the money, figure: < 10B, source: herald#F05 }",
        },
        new("claim-resolved", "A claim is settled: confirmed or contradicted by a later event, or withdrawn. The claim and its figure stay on the subject's books; the outcome is kept beside them.",
            [Need("claim", F.EventRef, "The claim: the id of a claim-made event."), NeedChoice("outcome", "confirmed, contradicted or withdrawn.", "confirmed", "contradicted", "withdrawn"), May("by", F.EventRef, "The event whose figures settle it (a later commitment that shows the money was there).")],
            v => new ClaimResolved(ActorId.Outside, v.Text("claim"), v.Text("outcome") switch { "confirmed" => ClaimOutcome.Confirmed, "contradicted" => ClaimOutcome.Contradicted, _ => ClaimOutcome.Withdrawn }, v.MaybeText("by")))
        {
            Link = (e, links) =>
            {
                var resolved = (ClaimResolved)e;
                var claim = links.Named<ClaimMade>("claim", resolved.Claim, "a claim-made event");
                if (resolved.By is { } by)
                {
                    links.Named<MarketEvent>("by", by, "an event other than the claim", _ => by != resolved.Claim);
                }

                return claim is null ? e : resolved with { Subject = claim.Subject };
            },
            Example = "{ at: 2025-03-01, type: claim-resolved, claim: musk-doubts, outcome: contradicted, by: softbank-commits, source: report#p3 }",
        },
        new("statement-made", "Someone says something about an actor that moves no money; kept for the story.",
            [Need("by", F.Party, "Who spoke."), Need("about", F.Actor, "The actor it is about.", C, I, P), Need("says", F.Text, "What was said.")],
            v => new StatementMade(v.Text("by"), v.Actor("about"), v.Text("says")))
        {
            Example = "{ at: 2025-01-23, type: statement-made, by: trump, about: musk, says: He hates one of the people in it, source: herald#F06 }",
        },
        new("jobs-pledged", "A project says how many jobs it will create.",
            [Need("project", F.Actor, "The project.", P, C), Need("count", F.Count, "How many (100k+ for hundreds of thousands).")],
            v => new JobsPledged(v.Actor("project"), v.Figure("count")))
        {
            Example = "{ at: 2025-01-21, type: jobs-pledged, project: stargate, count: 100k+, source: herald#F04 }",
        },
        new("layoffs-announced", "A company cuts jobs, by count and/or share of staff.",
            [Need("company", F.Actor, "The company.", C, P), May("count", F.Count, "How many jobs."), May("share", F.Percent, "What share of the staff.")],
            v => new LayoffsAnnounced(v.Actor("company"), v.MaybeFigure("count"), v.MaybeFraction("share")))
        {
            Example = "{ at: 2022-11-04, type: layoffs-announced, company: x-corp, count: ~3700, share: 50%, source: herald#F22 }",
        },
        new("odds-quoted", "A prediction market quotes the probability of an outcome; the metric is odds:<question-id>.",
            [Need("market", F.Party, "The market."), Need("subject", F.Actor, "The actor it is about.", C, I, P), Need("question", F.Text, "The outcome, as a reader asks it."), Need("question-id", F.Slug, "A short key for the metric."), Need("probability", F.Percent, "The probability.")],
            v => new OddsQuoted(v.Text("market"), v.Actor("subject"), v.Text("question"), v.Text("question-id"), v.Figure("probability").Point))
        {
            Example = "{ at: 2025-01-22, type: odds-quoted, market: polymarket, subject: musk, question: Musk becomes a trillionaire in 2025, question-id: trillionaire-2025, probability: 13%, source: herald#F16 }",
        },
        new("lawsuit-filed", "Actors sue others, one or several on each side; every party keeps a record. A ruling-made event decides it.",
            [Need("plaintiff", F.ActorList, "Who sues: one actor, or a list of them.", C, I, P), Need("defendant", F.ActorList, "Who is sued: one actor, or a list of them.", C, I, P), Need("claim", F.Text, "What it is about.")],
            v => new LawsuitFiled(v.Actors("plaintiff"), v.Actors("defendant"), v.Text("claim")))
        {
            Check = CheckParties,
            Example = "{ at: 2024-08-05, id: musk-v-openai, type: lawsuit-filed, plaintiff: musk, defendant: [openai, microsoft], claim: breach of founding agreement, source: herald#F07 }",
        },
        new("ruling-made", "A court rules in a lawsuit, or its parties settle. Damages (or a settlement's sums) are paid by defendants to plaintiffs, as transfers booked on both sides.",
            [Need("lawsuit", F.EventRef, "The suit: the id of a lawsuit-filed event."), NeedChoice("outcome", "dismissed, for-plaintiffs, for-defendants or settled.", "dismissed", "for-plaintiffs", "for-defendants", "settled"), MayList("damages", "Money paid by defendants to plaintiffs (with for-plaintiffs or settled); on appeal, also refunds from plaintiffs to defendants.", DamagesFields), May("appeal-of", F.EventRef, "For a ruling on appeal: the id of the ruling appealed.")],
            v => new RulingMade(v.Text("lawsuit"), Ruling(v.Text("outcome")), [.. v.Entries("damages").Select(d => new Payment(d.Actor("from"), d.Actor("to"), d.Figure("amount")))], v.MaybeText("appeal-of"), [], []))
        {
            Check = CheckRuling,
            Link = LinkRuling,
            Example = "{ at: 2025-05-01, type: ruling-made, lawsuit: musk-v-openai, outcome: settled, damages: [{ from: openai, to: musk, amount: 100M }], source: filing#p9 }",
        },
        new("data-provided", "One actor gives another a data asset; the recipient counts it.",
            [Need("from", F.Actor, "Who provides it.", C, I, P), Need("to", F.Actor, "Who receives it.", C, I, P), Need("asset", F.Text, "What it is.")],
            v => new DataProvided(v.Actor("from"), v.Actor("to"), v.Text("asset")))
        {
            Example = "{ at: 2025-01-22, type: data-provided, from: x-corp, to: xai, asset: pre-training data from X posts, source: herald#F23 }",
        },
        new("bid-made", "Bidders offer to buy a share of a company at a price. Nothing changes hands: the bid stays open until a company-acquired event completes it (completes:) or an offer-closed event says it was rejected, withdrawn or lapsed.",
            [Need("target", F.Actor, "The company bid for.", C, P, I), Need("bidders", F.ActorList, "Who bids: one id, or a list of those bidding together.", C, I), Need("price", F.Money, "The price offered for the share bid for."), May("stake", F.Percent, "The share bid for (default 100%).")],
            v => new BidMade(v.Actor("target"), v.Actors("bidders"), v.Figure("price"), v.MaybeFraction("stake") ?? 1m))
        {
            Example = "{ at: 2025-02-10, id: musk-bid, type: bid-made, target: openai, bidders: musk, price: 97.4B, source: report#p1 }",
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
        new("figure-revised", "Figures of an earlier event turn out different: a cost disclosed months later, a deal's size corrected. The new figures count from the earlier event's date; a replay as known at a date before the revision keeps the old ones.",
            [Need("event", F.EventRef, "The event revised: its id."), Need("figures", F.Figures, "Each figure revised, by the name of the event's field, with its new value.")],
            v => new FigureRevised(ActorId.Outside, v.Text("event"), default, []))
        {
            Example = "{ at: 2025-06-10, type: figure-revised, event: r1-release, figures: { training-cost: 1.6B }, source: report#p7 }",
        },
    ];

    /// <summary>The field types that hold one figure, which a figure-revised event may revise.</summary>
    public static IReadOnlySet<FieldType> FigureTypes { get; } = new HashSet<FieldType> { F.Money, F.Count, F.Percent, F.PercentRange, F.Change };

    private static readonly Dictionary<string, EventSpec> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The spec of an event type, or null.</summary>
    public static EventSpec? Find(string name) => ByName.GetValueOrDefault(name);

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

    private const string UnstatedGpu = "The model, from the catalog; leave it out when the source gives none (200,000 GPUs): they count as GPUs, and add nothing to H100e, PFLOPS or MW.";

    private static GpuStatus Status(FieldValues v) => v.Choice("status", "online") == "online" ? GpuStatus.Online : GpuStatus.UnderConstruction;

    private static IEnumerable<(string, string)> CheckCommitment(FieldValues v)
    {
        foreach (var problem in Either(v, ("per", null), "per-gpus"))
        {
            yield return problem;
        }

        if (v.Has("by") && v.Has("to") && v.Actor("by") == v.Actor("to"))
        {
            yield return ("to", "a commitment is made to another actor: by: and to: are the same");
        }

        if (v.Has("release") && v.Has("up-to") && v.Figure("release").Point > v.Figure("up-to").Point)
        {
            yield return ("release", $"release: ({Domain.Metrics.Format.Money(v.Figure("release").Point)}) is more than the {Domain.Metrics.Format.Money(v.Figure("up-to").Point)} of up-to:");
        }
    }

    private static RulingOutcome Ruling(string outcome) => outcome switch
    {
        "for-plaintiffs" => RulingOutcome.ForPlaintiffs,
        "for-defendants" => RulingOutcome.ForDefendants,
        "settled" => RulingOutcome.Settled,
        _ => RulingOutcome.Dismissed,
    };

    /// <summary>Each party once, and on one side only.</summary>
    private static IEnumerable<(string, string)> CheckParties(FieldValues v)
    {
        var plaintiffs = v.Actors("plaintiff");
        foreach (var (field, parties) in new[] { ("plaintiff", plaintiffs), ("defendant", v.Actors("defendant")) })
        {
            foreach (var twice in parties.GroupBy(p => p).Where(g => g.Count() > 1))
            {
                yield return (field, $"'{twice.Key}' is named twice in {field}:");
            }

            if (field == "defendant")
            {
                foreach (var both in parties.Distinct().Where(plaintiffs.Contains))
                {
                    yield return (field, $"'{both}' cannot be both plaintiff and defendant");
                }
            }
        }
    }

    private static IEnumerable<(string, string)> CheckRuling(FieldValues v)
    {
        var damages = v.Entries("damages");
        if (damages.Length > 0 && v.Text("outcome") is "dismissed" or "for-defendants" && !v.Has("appeal-of"))
        {
            yield return ("damages", $"damages: go with for-plaintiffs or settled; a suit {(v.Text("outcome") == "dismissed" ? "dismissed" : "decided for the defendants")} pays none (on appeal, give appeal-of: to refund what an earlier ruling paid)");
        }

        for (var i = 0; i < damages.Length; i++)
        {
            if (damages[i].Figure("amount").Low <= 0)
            {
                yield return ($"damages[{i}].amount", "amount: of a payment must be more than zero");
            }
        }
    }

    /// <summary>A ruling takes its parties from its suit; who pays must be a defendant, who is paid a plaintiff.</summary>
    private static MarketEvent LinkRuling(MarketEvent e, LinkContext links)
    {
        var ruling = (RulingMade)e;
        if (ruling.AppealOf is { } appealed)
        {
            links.Named<RulingMade>("appeal-of", appealed, $"a ruling-made event in lawsuit '{ruling.Lawsuit}'", r => r.Lawsuit == ruling.Lawsuit);
        }

        if (links.Named<LawsuitFiled>("lawsuit", ruling.Lawsuit, "a lawsuit-filed event") is not { } suit)
        {
            return e;
        }

        for (var i = 0; i < ruling.Damages.Length; i++)
        {
            var payment = ruling.Damages[i];

            // On appeal, a plaintiff may pay a defendant back what an earlier ruling made it pay.
            if (ruling.AppealOf is not null && suit.Plaintiffs.Contains(payment.From) && suit.Defendants.Contains(payment.To))
            {
                continue;
            }

            if (!suit.Defendants.Contains(payment.From))
            {
                links.Report($"damages[{i}].from", $"'{payment.From}' is not a defendant of '{ruling.Lawsuit}' (defendants: {string.Join(", ", suit.Defendants)}); damages are paid by defendants");
            }

            if (!suit.Plaintiffs.Contains(payment.To))
            {
                links.Report($"damages[{i}].to", $"'{payment.To}' is not a plaintiff of '{ruling.Lawsuit}' (plaintiffs: {string.Join(", ", suit.Plaintiffs)}); damages are paid to plaintiffs");
            }
        }

        return ruling with { Plaintiffs = suit.Plaintiffs, Defendants = suit.Defendants };
    }

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

    private static LoanMade BuildLoan(FieldValues v)
    {
        var lenders = v.Has("lenders") ? v.Amounts("lenders") : [new ActorAmount(v.Actor("lender"), v.Figure("amount").Point)];
        return new LoanMade(v.Actor("borrower"), lenders, v.MaybeText("purpose"));
    }

    private static CompanyAcquired BuildAcquisition(FieldValues v)
    {
        var buyers = v.Has("buyers") ? v.Amounts("buyers") : [new ActorAmount(v.Actor("acquirer"), v.MaybeFraction("stake") ?? 1m)];
        return new CompanyAcquired(v.Actor("target"), v.Figure("price"), buyers, v.MaybeText("completes"));
    }

    /// <summary>Exactly one of two ways to say something: the fields of <paramref name="first"/>, or <paramref name="other"/>.</summary>
    private static IEnumerable<(string, string)> Either(FieldValues v, (string Main, string? Companion) first, string other)
    {
        var hasFirst = v.Has(first.Main);
        var hasOther = v.Has(other);
        if (hasFirst && hasOther)
        {
            yield return (other, $"give {first.Main}: or {other}:, not both");
        }
        else if (!hasFirst && !hasOther)
        {
            yield return (string.Empty, $"give {first.Main}:{(first.Companion is null ? string.Empty : $" with {first.Companion}:")} or {other}:");
        }
        else if (hasFirst && first.Companion is { } companion && !v.Has(companion))
        {
            yield return (first.Main, $"{first.Main}: needs {companion}:");
        }
        else if (!hasFirst && first.Companion is { } lone && v.Has(lone))
        {
            yield return (lone, $"{lone}: goes with {first.Main}:, not with {other}:");
        }
    }
}
