using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>Announcements, pledges, commitments, capital calls, donations and reported net worth.</summary>
internal static class CapitalRules
{
    public static void Apply(ActorBook project, FundingAnnounced e, ApplyContext context)
    {
        project.Memo(context, Accounts.Announced, e.Total.Point, "funding announced");
        if (e.FirstTranche is { } first)
        {
            project.Memo(context, Accounts.Pledged, first.Point, "first tranche");
        }
    }

    public static void Apply(ActorBook project, FundingPledged e, ApplyContext context)
    {
        var amount = Amounts.Cents(e.Amount.Point);
        project.Memo(context, Accounts.Pledged, amount, e.Tranche ?? "pledge");
        if (e.By is { } by)
        {
            context.Send(by, new PledgeRecorded(project.Id, amount, Committed: false));
        }
    }

    public static void Apply(ActorBook project, FundingCommitted e, ApplyContext context)
    {
        var amount = Amounts.Cents(e.Amount.Point);
        project.Memo(context, Accounts.Committed, amount, "commitment");
        if (e.By is { } by)
        {
            context.Send(by, new PledgeRecorded(project.Id, amount, Committed: true));
        }
    }

    public static void Apply(ActorBook backer, PledgeRecorded p, ApplyContext context)
    {
        var account = p.Committed ? Accounts.CommitmentMade(p.Project) : Accounts.PledgeMade(p.Project);
        backer.Memo(context, account, p.Amount, p.Committed ? "commitment made" : "pledge made");
    }

    public static void Apply(ActorBook seller, ContractSigned e, ApplyContext context)
    {
        var total = Amounts.Cents(e.Total.Point);
        seller.Memo(context, Accounts.Backlog, total, "contract signed");
        context.Send(e.Buyer, new ContractRecorded(seller.Id, total));
    }

    public static void Apply(ActorBook buyer, ContractRecorded p, ApplyContext context) =>
        buyer.Memo(context, Accounts.PurchaseCommitment(p.Seller), p.Total, "contract signed");

    public static void Apply(ActorBook project, CapitalCalled e, ApplyContext context)
    {
        var amount = Amounts.Cents(e.Amount.Point);
        project.Post(context, Accounts.BalanceBook, "capital called",
            new Leg(Accounts.Cash, amount, e.By),
            new Leg(Accounts.Contributions, -amount));
        project.Memo(context, Accounts.Funded, amount, "capital funded");
        context.Send(e.By, new CapitalContributed(project.Id, amount));
    }

    public static void Apply(ActorBook backer, CapitalContributed p, ApplyContext context) =>
        backer.Post(context, Accounts.BalanceBook, "capital paid in",
            new Leg(Accounts.Contribution(p.Project), p.Amount),
            new Leg(Accounts.Cash, -p.Amount, p.Project));

    public static void Apply(ActorBook donor, DonationMade e, ApplyContext context)
    {
        var amount = Amounts.Cents(e.Amount.Point);
        donor.Post(context, Accounts.BalanceBook, "donation given",
            new Leg(Accounts.Donations, amount),
            new Leg(Accounts.Cash, -amount, e.To));
        context.Send(e.To, new DonationReceived(donor.Id, amount));
    }

    public static void Apply(ActorBook recipient, DonationReceived p, ApplyContext context) =>
        recipient.Post(context, Accounts.BalanceBook, "donation received",
            new Leg(Accounts.Cash, p.Amount, p.From),
            new Leg(Accounts.Donations, -p.Amount));

    /// <summary>
    /// A report fixes the actor's net worth for the rest of its day: the gap to what the scenario explains is booked
    /// as other holdings now, and again after anything else the day moves (see <see cref="ActorBook.Apply"/>).
    /// From the next day on, modelled gains and losses move net worth from the reported figure.
    /// </summary>
    public static void Apply(ActorBook actor, NetWorthReported e, ApplyContext context)
    {
        actor.Reported = new ReportedFigure(context.At, Amounts.Cents(e.Value.Point));
        actor.Figures[Metric.NetWorthReported] = Amounts.Cents(e.Value.Point);
        Reconcile(actor, context);
    }

    /// <summary>Books the gap between the net worth last reported on this day and the books as other holdings.</summary>
    public static void Reconcile(ActorBook actor, ApplyContext context)
    {
        if (actor.Reported is not { } reported || reported.At != context.At)
        {
            return;
        }

        var gap = reported.Value - actor.NetWorth;
        actor.Post(context, Accounts.BalanceBook, "reconciled to reported net worth",
            new Leg(Accounts.OtherHoldings, gap),
            new Leg(Accounts.Reconciled, -gap));
    }
}
