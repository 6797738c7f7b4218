using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Each priced round: what every investor committed, and what it paid, when, against each tranche's condition.</summary>
public static class RoundsAnswer
{
    /// <summary>One table for all the rounds of the run, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rounds = run.Events<RoundClosed>().ToList();
        if (rounds.Count == 0)
        {
            yield break;
        }

        var tranches = run.Events<TrancheSettled>().ToList();
        var table = new TableBuilder("Priced rounds: committed and paid", "Date", "Company", "Round", "Investor", "Committed", "Paid", "What happened", "Source");
        foreach (var (e, round) in rounds)
        {
            var name = run.World.NameOf(round.Company);
            var label = round.Label ?? e.Id ?? "round";
            foreach (var investor in round.Investors.Where(i => !round.Tranches.Any(t => t.Investor == i.Actor)))
            {
                var paid = Paid(run, e.Seq, round.Company, investor.Actor);
                table.Row(Dates.Iso(e.At), name, label, run.World.NameOf(investor.Actor), Format.Money(investor.Value), Format.Money(paid), "paid at the close", RunView.Cite(e));
            }

            for (var i = 0; i < round.Tranches.Length; i++)
            {
                var tranche = round.Tranches[i];
                var due = tranches.FirstOrDefault(t => t.Body.Round == e.Id && t.Body.Index == i);
                var paid = due.Event is null ? 0m : Paid(run, due.Event.Seq, round.Company, tranche.Investor);
                table.Row(tranche.DateLabel, name, label, run.World.NameOf(tranche.Investor), tranche.Amount.Render(Format.Money), due.Event is null ? "—" : Format.Money(paid), Outcome(run, e, tranche, due.Event, paid), RunView.Cite(e));
            }

            var pre = round.PreMoney?.Point ?? (round.PostMoney!.Value.Point - round.Committed);
            table.Note($"{name}, {label}: {Format.Money(round.Committed)} committed at {Format.Money(pre)} pre-money, {Format.Money(pre + round.Committed)} post-money once all is paid; shares are issued as money is paid, at that price.");
        }

        yield return table.Build();
    }

    private static decimal Paid(RunView run, int seq, Domain.Actors.ActorId company, Domain.Actors.ActorId investor) =>
        run.LedgerOf(seq).Where(r => r.Actor == company && r.Account == Accounts.Cash && r.Counterparty == investor).Sum(r => r.Amount);

    private static string Outcome(RunView run, Domain.Events.ScheduledEvent round, RoundTranche tranche, Domain.Events.ScheduledEvent? due, decimal paid)
    {
        if (due is null)
        {
            return $"due {tranche.DateLabel}" + (tranche.Condition is { } c ? $", if {c} is met" : string.Empty);
        }

        if (tranche.Condition is not { } condition)
        {
            return "paid when due";
        }

        var resolved = run.Events<ConditionResolved>()
            .Where(r => r.Body.Round == round.Id && r.Body.Condition == condition && r.Event.Seq < due.Seq)
            .Select(r => $"{condition} {(r.Body.Met ? "met" : "not met")} on {Dates.Iso(r.Event.At)}")
            .LastOrDefault() ?? $"{condition} not met by {tranche.DateLabel}";
        return paid == Domain.Values.Amounts.Cents(tranche.Amount.Point) ? $"paid in full: {resolved}"
            : paid == 0 ? $"lapsed: {resolved}"
            : $"cut to {Format.Money(paid)}: {resolved}";
    }
}
