using MarketActors.Domain.Metrics;

namespace MarketActors.Domain.Books;

/// <summary>The metrics an actor's books expose.</summary>
public sealed partial class ActorBook
{
    /// <summary>The actor's metrics now, by name; metrics that are zero are left out.</summary>
    public SortedDictionary<string, decimal> Metrics()
    {
        var m = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        decimal warrants = 0, stakes = 0, loans = 0, loanMarks = 0, debt = 0, contributions = 0, pledges = 0, commitments = 0, realized = 0, unrealized = 0, purchases = 0;
        foreach (var (account, amount) in _balances)
        {
            var colon = account.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            switch (account.AsSpan(0, colon))
            {
                case "stake": stakes += amount; break;
                case "warrant": warrants += amount; break;
                case "loan": loans += amount; break;
                case "loan-mark": loanMarks += amount; break;
                case "debt": debt -= amount; break;
                case "contribution": contributions += amount; break;
                case "realized": realized -= amount; break;
                case "revaluation": unrealized -= amount; break;
            }
        }

        foreach (var (account, amount) in _memo)
        {
            if (account.StartsWith("pledge-made:", StringComparison.Ordinal))
            {
                pledges += amount;
            }
            else if (account.StartsWith("commitment-made:", StringComparison.Ordinal))
            {
                commitments += amount;
            }
            else if (account.StartsWith("purchase-commitment:", StringComparison.Ordinal))
            {
                purchases += amount;
            }
        }

        Put(m, Metric.Cash, Balance(Accounts.Cash));
        Put(m, Metric.NetWorth, NetWorth);
        Put(m, Metric.Valuation, Valuation ?? 0m);
        Put(m, Metric.StakesValue, stakes);
        Put(m, Metric.WarrantsValue, warrants);
        Put(m, Metric.DebtHeldFace, loans);
        Put(m, Metric.DebtHeldValue, loans + loanMarks);
        Put(m, Metric.DebtOwedFace, debt);
        Put(m, Metric.DebtOwedValue, DebtPrice is { } price ? Values.Amounts.Cents(debt * price.Point) : debt);
        Put(m, Metric.Realized, realized);
        Put(m, Metric.Unrealized, unrealized);
        Put(m, Metric.DebtOffered, OpenOffers.Values.Sum());
        Put(m, Metric.CapitalAnnounced, MemoBalance(Accounts.Announced));
        Put(m, Metric.CapitalPledged, MemoBalance(Accounts.Pledged));
        Put(m, Metric.CapitalCommitted, MemoBalance(Accounts.Committed));
        Put(m, Metric.CapitalFunded, MemoBalance(Accounts.Funded));
        Put(m, Metric.PledgesMade, pledges);
        Put(m, Metric.CommitmentsMade, commitments);
        Put(m, Metric.CapitalContributed, contributions);
        Put(m, Metric.ContractsBacklog, MemoBalance(Accounts.Backlog));
        Put(m, Metric.ContractsPurchases, purchases);
        AddCapacity(m);
        foreach (var (name, value) in Figures)
        {
            Put(m, name, value);
        }

        return m;
    }

    private void AddCapacity(SortedDictionary<string, decimal> m)
    {
        if (Capacity.Count == 0 && RolledUp.Count == 0)
        {
            return;
        }

        decimal planned = 0, building = 0, online = 0, h100ePlanned = 0, h100eOnline = 0, pfPlanned = 0, pfOnline = 0, wPlanned = 0, wOnline = 0;
        foreach (var line in Capacity.Values.Concat(RolledUp.Values))
        {
            var gpu = _world.Gpu(line.Gpu);
            planned += line.Planned;
            building += line.Building;
            online += line.Online;
            h100ePlanned += line.Planned * gpu.H100Equivalents;
            h100eOnline += line.Online * gpu.H100Equivalents;
            pfPlanned += line.Planned * gpu.Bf16Pflops;
            pfOnline += line.Online * gpu.Bf16Pflops;
            wPlanned += line.Planned * gpu.Watts;
            wOnline += line.Online * gpu.Watts;
        }

        Put(m, Metric.GpusPlanned, planned);
        Put(m, Metric.GpusBuilding, building);
        Put(m, Metric.GpusOnline, online);
        Put(m, Metric.H100ePlanned, h100ePlanned);
        Put(m, Metric.H100eOnline, h100eOnline);
        Put(m, Metric.PflopsPlanned, pfPlanned);
        Put(m, Metric.PflopsOnline, pfOnline);
        Put(m, Metric.MwPlanned, wPlanned / 1_000_000m);
        Put(m, Metric.MwOnline, wOnline / 1_000_000m);
    }

    /// <summary>Sets a metric unless it is zero. Values keep their scale here (decimal equality ignores it); they are
    /// normalized where they leave the books, in deltas and snapshots.</summary>
    private static void Put(SortedDictionary<string, decimal> metrics, string name, decimal value)
    {
        if (value != 0)
        {
            metrics[name] = value;
        }
    }
}
