using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>
/// Lawsuits and rulings. Every party keeps a record; damages (or a settlement's sums) move cash from a defendant to a
/// plaintiff, booked on both sides against <see cref="Accounts.Damages"/>.
/// </summary>
internal static class LegalRules
{
    public static void Apply(ActorBook defendant, LawsuitFiled e, ApplyContext context) =>
        Record(defendant, context, "lawsuit", e.Describe(context.World), [.. e.Defendants, .. e.Plaintiffs]);

    public static void Apply(ActorBook defendant, RulingMade e, ApplyContext context)
    {
        Record(defendant, context, "ruling", e.Describe(context.World), [.. e.Defendants, .. e.Plaintiffs]);
        foreach (var payment in e.Damages)
        {
            var amount = Amounts.Cents(payment.Amount.Point);
            if (payment.From == defendant.Id)
            {
                Pay(defendant, payment.To, amount, context);
            }
            else
            {
                context.Send(payment.From, new DamagesOrdered(payment.To, amount));
            }
        }
    }

    public static void Apply(ActorBook payer, DamagesOrdered p, ApplyContext context) => Pay(payer, p.Payee, p.Amount, context);

    public static void Apply(ActorBook payee, DamagesReceived p, ApplyContext context) =>
        payee.Post(context, Accounts.BalanceBook, "damages received",
            new Leg(Accounts.Cash, p.Amount, p.Payer),
            new Leg(Accounts.Damages, -p.Amount));

    private static void Pay(ActorBook payer, Actors.ActorId payee, decimal amount, ApplyContext context)
    {
        payer.Post(context, Accounts.BalanceBook, "damages paid",
            new Leg(Accounts.Damages, amount),
            new Leg(Accounts.Cash, -amount, payee));
        context.Send(payee, new DamagesReceived(payer.Id, amount));
    }

    /// <summary>The record on the applying party's books, and the same record sent to every other party once.</summary>
    private static void Record(ActorBook self, ApplyContext context, string kind, string text, IEnumerable<Actors.ActorId> parties)
    {
        var record = new BookRecord(context.EventSeq, context.At, kind, text);
        self.Note(record);
        foreach (var party in parties.Distinct().Where(p => p != self.Id))
        {
            context.Send(party, new RecordNoted(record));
        }
    }
}
