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
/// Priced rounds: commitments at one price, paid at the close or in dated tranches that may depend on a condition.
/// Shares are issued when money is paid, at the round's price: the basis is the pre-money value plus what the round
/// has paid in so far, so that once everything is paid each investor holds exactly its money over the post-money value.
/// </summary>
internal static class RoundRules
{
    public static void Apply(ActorBook company, RoundClosed e, ApplyContext context)
    {
        if (company.Profile.ValuedAtNav)
        {
            throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} is valued at its net assets: a round cannot price it.");
        }

        var committed = e.Committed;
        var pre = Amounts.Cents(e.PreMoney?.Point ?? (e.PostMoney!.Value.Point - committed));
        if (pre <= 0)
        {
            throw new RuleViolationException(context.EventSeq,
                $"The post-money value, {Format.Money(e.PostMoney?.Point ?? 0m)}, is not above the {Format.Money(committed)} the round commits: nothing is left for the shares before it.");
        }

        // The round marks the company at its price before any of its money comes in.
        company.Valuation = pre;
        company.Memo(context, Accounts.Committed, committed, "round committed");
        foreach (var investor in e.Investors)
        {
            context.Send(investor.Actor, new PledgeRecorded(company.Id, Amounts.Cents(investor.Value), Committed: true));
        }

        company.Rounds[context.EventKey] = new RoundState(pre, 0m, ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal));
        var atClose = e.Investors
            .Where(i => !e.Tranches.Any(t => t.Investor == i.Actor))
            .Select(i => (i.Actor, Amounts.Cents(i.Value)))
            .ToList();
        if (atClose.Count > 0)
        {
            Pay(company, context.EventKey, atClose, context);
        }
        else
        {
            company.NotifyHolders(context, company.EquityValue, except: []);
        }

        company.Note(context, "round", e.Describe(context.World));
    }

    public static void Apply(ActorBook company, TrancheSettled e, ApplyContext context)
    {
        var round = Round(company, e.Round, context);
        var full = Amounts.Cents(e.Tranche.Amount.Point);
        var met = e.Tranche.Condition is not { } condition || round.Conditions.GetValueOrDefault(condition);
        var amount = met ? full : Amounts.Cents(e.Tranche.IfUnmet?.Point ?? 0m);
        if (amount < full)
        {
            // What is not paid is no longer committed, on either side.
            company.Memo(context, Accounts.Committed, amount - full, "tranche reduced");
            context.Send(e.Tranche.Investor, new PledgeRecorded(company.Id, amount - full, Committed: true));
            company.Note(context, "tranche", amount == 0
                ? $"{context.World.NameOf(e.Tranche.Investor)}'s tranche of {Format.Money(full)} lapses: {e.Tranche.Condition} was not met by {e.Tranche.At:yyyy-MM-dd}"
                : $"{context.World.NameOf(e.Tranche.Investor)}'s tranche is cut from {Format.Money(full)} to {Format.Money(amount)}: {e.Tranche.Condition} was not met by {e.Tranche.At:yyyy-MM-dd}");
        }

        if (amount > 0)
        {
            Pay(company, e.Round, [(e.Tranche.Investor, amount)], context);
        }
    }

    public static void Apply(ActorBook company, ConditionResolved e, ApplyContext context)
    {
        var round = Round(company, e.Round, context);
        company.Rounds[e.Round] = round with { Conditions = round.Conditions.SetItem(e.Condition, e.Met) };
        company.Note(context, "condition", e.Describe(context.World));
    }

    /// <summary>
    /// Issues shares for what the round's investors pay now, at the round's price: each takes its amount over the
    /// basis plus everything paid now. The company is then worth what it was worth plus the money in: with no mark in
    /// between, the basis plus the money, to the cent; after a mark above the round's price, shares issued at that
    /// price dilute the earlier holders, as they do.
    /// </summary>
    private static void Pay(ActorBook company, string key, IReadOnlyList<(ActorId Investor, decimal Amount)> payments, ApplyContext context)
    {
        var round = company.Rounds[key];
        var basis = round.PreMoney + round.Paid;
        var paid = payments.Sum(p => p.Amount);
        var after = basis + paid;
        var valuation = company.Valuation!.Value + paid;
        EquityRules.Issue(company, [.. payments.Select(p => (p.Investor, p.Amount, p.Amount / after))], valuation, context);
        company.Memo(context, Accounts.Funded, paid, "round paid in");
        company.Rounds[key] = round with { Paid = round.Paid + paid };
    }

    private static RoundState Round(ActorBook company, string key, ApplyContext context) =>
        company.Rounds.TryGetValue(key, out var round)
            ? round
            : throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} has no round '{key}' open: it closed none, or it has since been absorbed into another company.");
}
