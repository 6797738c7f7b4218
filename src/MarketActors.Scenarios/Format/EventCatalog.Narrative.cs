using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>Models, claims and their outcomes, statements, jobs, odds, lawsuits and rulings, data, and later revisions.</summary>
public static partial class EventCatalog
{
    /// <summary>The fields of one payment ordered by a ruling.</summary>
    private static FieldSpec[] DamagesFields =>
    [
        Need("from", F.Actor, "Who pays: a defendant of the suit.", C, I, P),
        Need("to", F.Actor, "Who is paid: a plaintiff of the suit.", C, I, P),
        Need("amount", F.Money, "How much."),
    ];

    private static ImmutableArray<EventSpec> Narrative() =>
    [
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
        new("figure-revised", "Figures of an earlier event turn out different: a cost disclosed months later, a deal's size corrected. The new figures count from the earlier event's date; a replay as known at a date before the revision keeps the old ones.",
            [Need("event", F.EventRef, "The event revised: its id."), Need("figures", F.Figures, "Each figure revised, by the name of the event's field, with its new value.")],
            v => new FigureRevised(ActorId.Outside, v.Text("event"), default, []))
        {
            Example = "{ at: 2025-06-10, type: figure-revised, event: r1-release, figures: { training-cost: 1.6B }, source: report#p7 }",
        },
    ];

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
}
