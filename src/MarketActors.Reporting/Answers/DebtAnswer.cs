using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>
/// What each borrower's debt cost its holders, the original lenders apart from those who bought it later: realised on
/// sales, unrealised on what is still held, and the range a price given as a range implies. Then each sale.
/// </summary>
public static class DebtAnswer
{
    /// <summary>Per borrower whose debt was lent: the holders' table, then the sales' table when there were sales.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var borrowers = run.Events<LoanMade>().Select(l => l.Body.Borrower).Distinct().Order().ToList();
        var shown = new HashSet<ActorId>();
        foreach (var borrower in borrowers)
        {
            // A borrower absorbed into another borrower of the run is shown with the first one's debt, once.
            if (!shown.Add(borrower))
            {
                continue;
            }

            var debt = DebtHistory.Of(run, borrower);
            shown.UnionWith(debt.Owers);
            yield return Holders(run, debt);
            if (debt.Sales.Count > 0)
            {
                yield return Sales(run, debt);
            }

            if (debt.Offers.Count > 0)
            {
                yield return Offers(run, debt);
            }
        }
    }

    private static ReportTable Holders(RunView run, DebtHistory debt)
    {
        var ranged = debt.Sales.Any(s => s.Sale.Price.Bound == FigureBound.Range);
        var lastPrice = debt.Owers.Reverse().Select(o => run.End(o).DebtPrice).FirstOrDefault(p => p is not null);
        var columns = new List<string> { "Holder", "Lent", "Bought", "Sold", "Held now", "Value at market", "Realised", "Unrealised", "Gain / loss" };
        if (ranged)
        {
            columns.Add("Across the price range");
        }

        var table = new TableBuilder($"Debt of {Name(run, debt)}: who holds it and what it cost them", [.. columns]);
        foreach (var side in new[] { true, false })
        {
            var rows = debt.Holders.Where(h => h.IsLender == side).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            (decimal Low, decimal High)? sideRange = null;
            foreach (var holder in rows)
            {
                var range = ranged && side ? LenderRange(debt, holder, lastPrice) : null;
                if (range is { } r)
                {
                    sideRange = sideRange is { } s ? (s.Low + r.Low, s.High + r.High) : r;
                }

                table.Row(Cells(run.World.NameOf(holder.Actor), [holder], ranged, range));
            }

            table.Row(Cells(side ? "Original lenders" : "Buyers", rows, ranged, sideRange));
        }

        table.Note("Realised: proceeds of sales less the cost of what was sold. Unrealised: the mark on what is still held, at the last price.");
        if (debt.Holders.Any(h => !h.IsLender))
        {
            table.Note("Original lenders and later buyers are totalled apart: one side's loss is not offset by the other's gain.");
        }

        if (ranged)
        {
            table.Note("A price given as a range is booked at its middle; the last column evaluates the original lenders' gain or loss at each end of it.");
        }

        return table.Build();
    }

    private static string[] Cells(string name, IReadOnlyList<DebtHistory.Holder> holders, bool ranged, (decimal Low, decimal High)? range)
    {
        var realised = holders.Sum(h => h.Realised);
        var unrealised = holders.Sum(h => h.Unrealised);
        var cells = new List<string>
        {
            name,
            Amount(holders.Sum(h => h.Lent)),
            Amount(holders.Sum(h => h.Bought)),
            Amount(holders.Sum(h => h.Sold)),
            Format.Money(holders.Sum(h => h.Held)),
            Format.Money(holders.Sum(h => h.Value)),
            Signed(realised),
            Signed(unrealised),
            Signed(realised + unrealised),
        };
        if (ranged)
        {
            cells.Add(range is { } r ? $"{Signed(r.Low)} to {Signed(r.High)}" : "—");
        }

        return [.. cells];
    }

    /// <summary>
    /// An original lender carried the debt at face: at a price p it loses (1 - p) on what it sold and on what it still
    /// holds. Evaluated at the low and the high end of each price.
    /// </summary>
    private static (decimal Low, decimal High)? LenderRange(DebtHistory debt, DebtHistory.Holder holder, Figure? lastPrice)
    {
        if (lastPrice is not { } price)
        {
            return null;
        }

        decimal AtEnd(Func<Figure, decimal> end) =>
            -(debt.Sales.Sum(s => s.SoldBy.GetValueOrDefault(holder.Actor).Face * (1 - end(s.Sale.Price))) + (holder.Held * (1 - end(price))));
        return (AtEnd(p => p.Low), AtEnd(p => p.High));
    }

    private static ReportTable Sales(RunView run, DebtHistory debt)
    {
        var table = new TableBuilder($"Sales of {Name(run, debt)} debt", "Date", "Face", "Price", "Proceeds", "Discount", "Sold by", "Bought by", "Source");
        foreach (var sale in debt.Sales)
        {
            var face = sale.SoldBy.Values.Sum(s => s.Face);
            var proceeds = sale.SoldBy.Values.Sum(s => s.Proceeds);
            table.Row(
                Dates.Iso(sale.Event.At),
                sale.Sale.Face.Point == face ? sale.Sale.Face.Render(Format.Money) : Format.Money(face),
                sale.Sale.Price.Render(Format.Percent),
                Format.Money(proceeds),
                Format.Money(face - proceeds),
                string.Join(", ", sale.SoldBy.Select(s => $"{run.World.NameOf(s.Key)} {Format.Money(s.Value.Face)} for {Format.Money(s.Value.Proceeds)}")),
                run.World.NameOf(sale.Sale.Buyer),
                RunView.Cite(sale.Event));
        }

        table.Note("Face and proceeds are what the ledger moved; the discount is the face sold less the proceeds.");
        return table.Build();
    }

    private static ReportTable Offers(RunView run, DebtHistory debt)
    {
        var table = new TableBuilder($"Offers of {Name(run, debt)} debt: planned and what happened", "Date", "Offer", "Face offered", "Price", "Sold against it", "Outcome", "Source");
        foreach (var offer in debt.Offers)
        {
            table.Row(
                Dates.Iso(offer.Event.At),
                offer.Event.Id ?? "—",
                offer.Offer.Face.Render(Format.Money),
                offer.Offer.Price.Render(Format.Percent),
                Amount(offer.Filled),
                offer.Outcome,
                RunView.Cite(offer.Event));
        }

        table.Note("An offer stays open until sales fill it or a later event withdraws or supersedes it.");
        return table.Build();
    }

    /// <summary>"X Corp", or "X Corp (owed by xAI since 2025-03-28)" once a merger took the debt over.</summary>
    private static string Name(RunView run, DebtHistory debt) =>
        run.World.NameOf(debt.Borrower)
        + string.Concat(debt.Successors.Select(s => $" (owed by {run.World.NameOf(s.Company)} since {Dates.Iso(s.At)})"));

    private static string Amount(decimal value) => value == 0 ? "—" : Format.Money(value);

    private static string Signed(decimal value) => value == 0 ? "—" : Format.Change(value, MetricUnit.Usd);
}
