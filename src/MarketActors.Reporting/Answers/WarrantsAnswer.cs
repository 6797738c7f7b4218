using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Answers;

/// <summary>Each warrant: what it covers, at what strike, how much has vested, and what the holder's warrants are worth at the end.</summary>
public static class WarrantsAnswer
{
    /// <summary>One table of every warrant of the run, or nothing.</summary>
    public static IEnumerable<ReportTable> Build(RunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var warrants = run.Events<WarrantGranted>().ToList();
        if (warrants.Count == 0)
        {
            yield break;
        }

        var table = new TableBuilder("Warrants: granted, vested and worth", "Date", "Company", "Holder", "Covers", "Strike", "Vested", "Holder's warrants on it at the end", "Source");
        foreach (var (e, warrant) in warrants)
        {
            var key = e.Key;
            var vested = warrant.Vested + run.Events<WarrantVested>().Where(v => v.Body.Warrant == key).Sum(v => v.Body.Amount);
            var perShare = warrant.Shares is not null;
            var worth = run.End(warrant.Holder).Balances.Where(b => b.Key == Accounts.Warrant(warrant.Company)).Sum(b => b.Value);
            table.Row(
                Dates.Iso(e.At),
                run.World.NameOf(warrant.Company),
                run.World.NameOf(warrant.Holder),
                perShare ? warrant.Shares!.Value.Render(v => Format.Number(v, 0)) + " shares" : Format.Percent(warrant.Stake ?? 0m),
                perShare ? warrant.Strike.Render(Format.Money) + " a share" : "at " + warrant.Strike.Render(Format.Money),
                perShare ? Format.Number(vested, 0) + " shares" : Format.Percent(vested),
                Format.Money(worth),
                RunView.Cite(e));
        }

        table.Note("A warrant's vested part is worth the shares' value above the strike, never less than nothing; buying the shares is not modelled.");
        yield return table.Build();
    }
}
