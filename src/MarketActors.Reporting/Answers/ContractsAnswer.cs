using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Contracts signed: who buys what from whom, for how much and how long, and each seller's backlog.</summary>
public static class ContractsAnswer
{
    /// <summary>One table of every contract of the run, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var contracts = run.Events<ContractSigned>().ToList();
        if (contracts.Count == 0)
        {
            yield break;
        }

        var table = new TableBuilder("Contracts: purchases committed and the sellers' backlog", "Date", "Buyer", "Seller", "What", "Total", "Term", "Seller's backlog after", "Source");
        foreach (var (e, contract) in contracts)
        {
            table.Row(
                Dates.Iso(e.At),
                run.World.NameOf(contract.Buyer),
                run.World.NameOf(contract.Seller),
                contract.What ?? "—",
                contract.Total.Render(Format.Money),
                contract.Term ?? "—",
                Figure.Sum(contracts.Where(c => c.Body.Seller == contract.Seller && c.Event.Seq <= e.Seq).Select(c => c.Body.Total)).Render(Format.Money),
                RunView.Cite(e));
        }

        table.Note("A contract moves no money when it is signed: it is backlog for the seller and a purchase commitment for the buyer.");
        yield return table.Build();
    }
}
