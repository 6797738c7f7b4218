using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>Announcements, pledges, commitments, capital calls, donations, reported net worth and contracts.</summary>
public static partial class EventCatalog
{
    private static ImmutableArray<EventSpec> Capital() =>
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
        new("donation-made", "Money given with nothing in return: cash moves from donor to recipient.",
            [Need("from", F.Actor, "The donor.", C, I, P), Need("to", F.Actor, "The recipient.", C, I, P), Need("amount", F.Money, "The amount.")],
            v => new DonationMade(v.Actor("from"), v.Actor("to"), v.Figure("amount")))
        {
            Example = "{ at: 2015-12-11, type: donation-made, from: musk, to: openai, amount: 50M, source: herald#F07 }",
        },
        new("net-worth-reported", "An actor's net worth is reported; the gap to what the scenario explains is booked as other holdings.",
            [Need("actor", F.Actor, "Whose net worth.", C, I, P), Need("value", F.Money, "The reported figure."), May("by", F.Party, "Who reported it.")],
            v => new NetWorthReported(v.Actor("actor"), v.Figure("value"), v.MaybeText("by")))
        {
            Example = "{ at: 2025-01-22, type: net-worth-reported, actor: musk, value: 432.6B, source: herald#F16 }",
        },
        new("contract-signed", "A buyer contracts to buy from a seller (compute, chips, power) for a total over a term. No money moves: the seller's backlog and the buyer's purchase commitments rise.",
            [Need("buyer", F.Actor, "Who buys.", C, I, P), Need("seller", F.Actor, "Who sells.", C, I, P), Need("total", F.Money, "The contract's total value."), May("term", F.Duration, "Over how long (5y)."), May("what", F.Text, "What is bought (Azure compute).")],
            v => new ContractSigned(v.Actor("buyer"), v.Actor("seller"), v.Figure("total"), v.MaybeDuration("term"), v.MaybeText("what")))
        {
            Check = v => v.Has("buyer") && v.Has("seller") && v.Actor("buyer") == v.Actor("seller") ? [("seller", "a contract needs two parties: the seller cannot be the buyer")] : [],
            Example = "{ at: 2025-09-10, type: contract-signed, buyer: openai, seller: oracle, total: 300B, term: 5y, what: compute, source: report#p1 }",
        },
        new("commitment-made", "A backer commits money to a company or project up to a total, released in steps as capacity comes online at the recipient's sites. Each whole step (per: power, or per-gpus: GPUs) brought online after the commitment releases release:, as shares at the recipient's valuation (as: investment) or as capital paid in (as: funding).",
            [Need("by", F.Actor, "Who commits and pays.", C, I), Need("to", F.Actor, "The recipient: capacity online at its own sites and at every site that rolls up to it counts.", C, P), Need("up-to", F.Money, "The most it releases in all (100B)."), Need("release", F.Money, "What each step releases (10B)."), May("per", F.Power, "A step: power brought online (1 GW)."), May("per-gpus", F.Count, "A step: GPUs brought online, of any model (100k)."), new FieldSpec("as", F.Choice, true, "What the money buys: investment (shares at the recipient's valuation when each step is released) or funding (capital paid in, nothing issued).") { Choices = ["investment", "funding"] }],
            v => new CommitmentMade(v.Actor("by"), v.Actor("to"), v.Figure("up-to"), v.Figure("release"), v.MaybeFigure("per") ?? v.Figure("per-gpus"), v.Has("per") ? ReleaseUnit.Megawatts : ReleaseUnit.Gpus, v.Text("as") == "funding" ? ReleaseAs.Funding : ReleaseAs.Investment))
        {
            Check = CheckCommitment,
            Example = "{ at: 2025-09-22, id: nvidia-openai, type: commitment-made, by: nvidia, to: openai, up-to: 100B, release: 10B, per: 1 GW, as: investment, source: report#p1 }",
        },
    ];

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
}
