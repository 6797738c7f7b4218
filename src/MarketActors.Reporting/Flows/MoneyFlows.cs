using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Flows;

/// <summary>
/// Who paid whom: read from the ledger's cash legs that name a counterparty. Each transfer is booked twice (the
/// payer's cash credit and the payee's cash debit); the payer's leg stands for it, so nothing is counted twice.
/// </summary>
public static class MoneyFlows
{
    /// <summary>Every payment, in ledger order.</summary>
    public static IReadOnlyList<MoneyFlow> From(IEnumerable<LedgerRow> ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return
        [
            .. ledger
                .Where(r => r.Book == Accounts.BalanceBook && r.Account == Accounts.Cash && r.Amount < 0 && r.Counterparty is not null)
                .Select(r => new MoneyFlow(r.At, r.EventSeq, r.Actor, r.Counterparty!.Value, -r.Amount, r.Memo)),
        ];
    }

    /// <summary>The payments summed per payer and payee, largest first.</summary>
    public static IReadOnlyList<(ActorId From, ActorId To, decimal Amount, int Payments)> Totals(IEnumerable<MoneyFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        return
        [
            .. flows
                .GroupBy(f => (f.From, f.To))
                .Select(g => (g.Key.From, g.Key.To, g.Sum(f => f.Amount), g.Count()))
                .OrderByDescending(t => t.Item3)
                .ThenBy(t => t.From, ActorId.Comparer)
                .ThenBy(t => t.To, ActorId.Comparer),
        ];
    }

    /// <summary>A table of every payment of a run, by event.</summary>
    public static ReportTable Table(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var table = new TableBuilder("Money moved between actors, by event", "Date", "Event", "From", "To", "Amount", "Why");
        foreach (var flow in From(run.Output.Ledger))
        {
            table.Row(Dates.Iso(flow.At), run.Entry(flow.EventSeq).Description, run.World.NameOf(flow.From), run.World.NameOf(flow.To), Format.Money(flow.Amount), flow.Memo);
        }

        table.Note("Read from the ledger's cash legs: each payment is the payer's leg, named with its counterparty. Marks move no money and are not here.");
        return table.Build();
    }

    /// <summary>A table of what each actor paid each other actor over the run.</summary>
    public static ReportTable TotalsTable(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var table = new TableBuilder("Money moved between actors, in total", "From", "To", "Amount", "Payments");
        foreach (var (from, to, amount, payments) in Totals(From(run.Output.Ledger)))
        {
            table.Row(run.World.NameOf(from), run.World.NameOf(to), Format.Money(amount), Format.Number(payments, 0));
        }

        return table.Build();
    }
}
