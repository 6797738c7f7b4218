using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>
/// Commitments released by capacity: the recipient keeps each commitment made to it, counts the capacity brought online
/// at its sites after it (its own, and every site that rolls up to it), and for each whole step counted releases the
/// step's money, as an investment at its valuation or as capital paid in, up to the total.
/// </summary>
internal static class CommitmentRules
{
    public static void Apply(ActorBook recipient, CommitmentMade e, ApplyContext context)
    {
        var upTo = Amounts.Cents(e.UpTo.Point);
        recipient.Commitments[context.EventKey] = new CommitmentState(context.EventSeq, e.By, upTo, Amounts.Cents(e.Release.Point), e.Per.Point, e.Unit, e.As, 0m, 0m);
        recipient.Memo(context, Accounts.Committed, upTo, "commitment up to");
        context.Send(e.By, new PledgeRecorded(recipient.Id, upTo, Committed: true));
        recipient.Note(context, "commitment", e.Describe(context.World));
    }

    public static void Apply(ActorBook backer, CommitmentReleased p, ApplyContext context) =>
        backer.Memo(context, Accounts.CommitmentReleased(p.Recipient), p.Amount, $"released under {p.Commitment}");

    /// <summary>
    /// Capacity brought online at the recipient or a site below it, by the event being applied: each commitment made
    /// earlier in the schedule that counts this unit counts it, and releases what its whole steps now allow.
    /// </summary>
    public static void CapacityOnline(ActorBook recipient, ReleaseUnit unit, decimal online, ApplyContext context)
    {
        if (online <= 0 || recipient.Commitments.Count == 0)
        {
            return;
        }

        foreach (var (key, c) in recipient.Commitments.OrderBy(c => c.Value.Seq).ToList())
        {
            if (c.Unit != unit || c.Seq >= context.EventSeq || c.Released >= c.UpTo)
            {
                continue;
            }

            var counted = c.Counted + online;
            var due = Math.Min(c.UpTo, decimal.Floor(counted / c.Per) * c.Release) - c.Released;
            recipient.Commitments[key] = c with { Counted = counted, Released = c.Released + Math.Max(due, 0m) };
            if (due > 0)
            {
                Release(recipient, key, c, due, context);
            }
        }
    }

    private static void Release(ActorBook recipient, string key, CommitmentState c, decimal amount, ApplyContext context)
    {
        var name = recipient.Profile.Name;
        var by = context.World.NameOf(c.By);
        if (c.As == ReleaseAs.Investment)
        {
            if (recipient.Valuation is null && !recipient.Profile.ValuedAtNav)
            {
                throw new RuleViolationException(context.EventSeq,
                    $"{by}'s commitment '{key}' releases {Format.Money(amount)} into {name} as an investment, but {name} has no valuation to price it: mark it first (valuation-marked), or make the commitment as: funding");
            }

            EquityRules.Invest(recipient, c.By, amount, stake: null, context);
        }
        else
        {
            recipient.Post(context, Accounts.BalanceBook, "commitment paid in",
                new Leg(Accounts.Cash, amount, c.By),
                new Leg(Accounts.Contributions, -amount));
            context.Send(c.By, new CapitalContributed(recipient.Id, amount));
        }

        recipient.Memo(context, Accounts.Funded, amount, $"released under {key}");
        context.Send(c.By, new CommitmentReleased(recipient.Id, key, amount));
        var released = recipient.Commitments[key].Released;
        recipient.Note(context, "release", $"{by}'s commitment '{key}' releases {Format.Money(amount)} to {name} ({Format.Money(released)} of up to {Format.Money(c.UpTo)})");
    }
}
