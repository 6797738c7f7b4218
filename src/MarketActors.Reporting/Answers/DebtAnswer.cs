using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>What each borrower's debt cost its holders: realised on sales, unrealised on marks, and the range a priced range implies.</summary>
public static class DebtAnswer
{
    /// <summary>One table per borrower whose debt was lent.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var borrowers = run.Events<LoanMade>().Select(l => l.Body.Borrower).Distinct().Order();
        foreach (var borrower in borrowers)
        {
            yield return Borrower(run, borrower);
        }
    }

    private static ReportTable Borrower(RunView run, ActorId borrower)
    {
        var name = run.World.NameOf(borrower);
        var lent = new SortedDictionary<ActorId, decimal>(ActorId.Comparer);
        foreach (var (_, loan) in run.Events<LoanMade>().Where(l => l.Body.Borrower == borrower))
        {
            foreach (var lender in loan.Lenders)
            {
                lent[lender.Actor] = lent.GetValueOrDefault(lender.Actor) + lender.Value;
            }
        }

        var sales = run.Events<DebtSold>().Where(s => s.Body.Borrower == borrower).ToList();
        var saleSeqs = sales.ToDictionary(s => s.Event.Seq, s => s.Body);
        var holders = run.Output.Actors.Where(a => lent.ContainsKey(a.Id) || a.DebtHeld.Any(d => d.Actor == borrower)).ToList();
        var ranged = sales.Any(s => s.Body.Price.Bound == FigureBound.Range);
        var lastPrice = run.End(borrower).DebtPrice;
        var columns = new List<string> { "Holder", "Lent", "Held now", "Value at market", "Realised", "Unrealised", "Gain / loss" };
        if (ranged)
        {
            columns.Add("Across the price range");
        }

        var table = new TableBuilder($"Debt of {name}: who holds it and what it cost them", [.. columns]);
        decimal totalLent = 0, totalHeld = 0, totalValue = 0, totalRealised = 0, totalUnrealised = 0, low = 0, high = 0;
        foreach (var holder in holders)
        {
            var held = holder.DebtHeld.Where(d => d.Actor == borrower).Sum(d => d.Value);
            var mark = holder.Balances.Where(b => b.Key == Accounts.LoanMark(borrower)).Sum(b => b.Value);
            var rows = run.Output.Ledger.Where(r => r.Actor == holder.Id && saleSeqs.ContainsKey(r.EventSeq)).ToList();
            var realised = -rows.Where(r => r.Account == Accounts.Realized).Sum(r => r.Amount);
            var unrealised = -rows.Where(r => r.Account == Accounts.Revaluation).Sum(r => r.Amount);
            var cells = new List<string>
            {
                holder.Name,
                lent.TryGetValue(holder.Id, out var amount) ? Format.Money(amount) : "—",
                Format.Money(held),
                Format.Money(held + mark),
                Signed(realised),
                Signed(unrealised),
                Signed(realised + unrealised),
            };
            if (ranged)
            {
                if (lent.ContainsKey(holder.Id) && lastPrice is { } price)
                {
                    // An original lender carried the debt at face: at a price p it loses (1 - p) on what it sold
                    // and on what it still holds. Evaluated at both ends of each range.
                    var sold = sales.Where(s => s.Body.Completed).Select(s => (s.Body.Price, Face: -rows.Where(r => r.EventSeq == s.Event.Seq && r.Account == Accounts.Loan(borrower)).Sum(r => r.Amount))).ToList();
                    var atHigh = -(sold.Sum(s => s.Face * (1 - s.Price.High)) + (held * (1 - price.High)));
                    var atLow = -(sold.Sum(s => s.Face * (1 - s.Price.Low)) + (held * (1 - price.Low)));
                    cells.Add($"{Signed(atLow)} to {Signed(atHigh)}");
                    low += atLow;
                    high += atHigh;
                }
                else
                {
                    cells.Add("—");
                }
            }

            table.Row([.. cells]);
            totalLent += lent.GetValueOrDefault(holder.Id);
            totalHeld += held;
            totalValue += held + mark;
            totalRealised += realised;
            totalUnrealised += unrealised;
        }

        var total = new List<string> { "All holders", Format.Money(totalLent), Format.Money(totalHeld), Format.Money(totalValue), Signed(totalRealised), Signed(totalUnrealised), Signed(totalRealised + totalUnrealised) };
        if (ranged)
        {
            total.Add($"{Signed(low)} to {Signed(high)} (lenders)");
        }

        table.Row([.. total]);
        foreach (var (e, sale) in sales)
        {
            table.Note($"{Dates.Iso(e.At)}: {sale.Describe(run.World)} ({RunView.Cite(e)}).");
        }

        if (ranged)
        {
            table.Note("A price given as a range is booked at its middle; the last column evaluates the original lenders' loss at each end of it.");
        }

        return table.Build();
    }

    private static string Signed(decimal value) => value == 0 ? "—" : Format.Change(value, MetricUnit.Usd);
}
