using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>
/// Warrants and options: the company keeps the register (terms and what has vested) and values each warrant whenever
/// its equity value moves; the holder carries what its vested part is worth, the moves going to unrealised gains.
/// </summary>
internal static class WarrantRules
{
    public static void Apply(ActorBook company, WarrantGranted e, ApplyContext context)
    {
        if (e.Shares is not null && company.SharesOutstanding is null)
        {
            throw new RuleViolationException(context.EventSeq,
                $"{company.Profile.Name}'s shares outstanding are not known, so a warrant on a number of its shares cannot be priced: mark it by price with shares: first, or state the warrant as stake:");
        }

        var terms = new WarrantTerms(e.Holder, e.Shares is not null, e.Shares?.Point ?? e.Stake!.Value, Amounts.Cents(e.Strike.Point), 0m);
        company.Warrants[context.EventKey] = terms with { Vested = Vest(terms, e.Vested, context) };
        Value(company, context.EventKey, context);
        company.Note(context, "warrant", e.Describe(context.World));
    }

    public static void Apply(ActorBook company, WarrantVested e, ApplyContext context)
    {
        var terms = company.Warrants.TryGetValue(e.Warrant, out var found)
            ? found
            : throw new RuleViolationException(context.EventSeq, $"{company.Profile.Name} granted no warrant '{e.Warrant}'.");
        company.Warrants[e.Warrant] = terms with { Vested = Vest(terms, terms.Vested + e.Amount, context) };
        Value(company, e.Warrant, context);
        company.Note(context, "warrant", e.Describe(context.World));
    }

    public static void Apply(ActorBook holder, WarrantValued p, ApplyContext context)
    {
        holder.WarrantValues[p.Company.Value + "|" + p.Warrant] = p.Value;
        var prefix = p.Company.Value + "|";
        var total = holder.WarrantValues.Where(w => w.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(w => w.Value);
        var account = Accounts.Warrant(p.Company);
        holder.Revalue(context, account, account, total, "warrant valued");
    }

    private static decimal Vest(WarrantTerms terms, decimal vested, ApplyContext context) =>
        vested <= terms.Size
            ? vested
            : throw new RuleViolationException(context.EventSeq, $"only {Format.Number(terms.Size, 4)} of this warrant can vest, not {Format.Number(vested, 4)}.");

    private static void Value(ActorBook company, string key, ApplyContext context)
    {
        var terms = company.Warrants[key];
        context.Send(terms.Holder, new WarrantValued(company.Id, key, Amounts.Cents(terms.Value(company.EquityValue, company.SharesOutstanding))));
    }
}
