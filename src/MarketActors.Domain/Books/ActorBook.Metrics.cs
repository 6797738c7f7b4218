using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>The metrics an actor's books expose.</summary>
public sealed partial class ActorBook
{
    /// <summary>The actor's metrics now, by name; metrics that are zero are left out.</summary>
    public SortedDictionary<string, decimal> Metrics()
    {
        var m = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        decimal warrants = 0, stakes = 0, loans = 0, loanMarks = 0, debt = 0, contributions = 0, pledges = 0, commitments = 0, released = 0, realized = 0, unrealized = 0, purchases = 0;
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
            else if (account.StartsWith("commitment-released:", StringComparison.Ordinal))
            {
                released += amount;
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
        Put(m, Metric.CommitmentsReleased, released);
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

    /// <summary>True when the actor has capacity of its own or rolled up to it: GPUs or power.</summary>
    internal bool HasCapacity => Capacity.Count > 0 || RolledUp.Count > 0 || Power is not null || RolledUpPower is not null;

    /// <summary>
    /// How the capacity metrics whose figures were not all exact are stated (gpus.planned: 1,000,000+), by name;
    /// exact ones are left out.
    /// </summary>
    public SortedDictionary<string, Figure> Stated()
    {
        var stated = new SortedDictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var (name, sum) in CapacitySums())
        {
            if (sum.Stated is { } figure && sum.Value != 0)
            {
                stated[name] = new Figure(Amounts.Normalize(figure.Low), Amounts.Normalize(figure.High), figure.Bound);
            }
        }

        return stated;
    }

    private void AddCapacity(SortedDictionary<string, decimal> m)
    {
        foreach (var (name, sum) in CapacitySums())
        {
            Put(m, name, sum.Value);
        }
    }

    /// <summary>
    /// The capacity metrics, own and rolled up, each a sum that keeps the qualifiers of its figures. GPUs of no stated
    /// model count as GPUs and nowhere else: their H100-equivalents, PFLOPS and watts are unknown, not zero.
    /// </summary>
    private IEnumerable<(string Metric, Tally Sum)> CapacitySums()
    {
        if (!HasCapacity)
        {
            yield break;
        }

        Tally planned = default, building = default, online = default, h100ePlanned = default, h100eOnline = default,
            pfPlanned = default, pfOnline = default, wPlanned = default, wOnline = default;
        foreach (var line in Capacity.Values.Concat(RolledUp.Values))
        {
            var plan = new Tally(line.Planned, line.PlannedStated);
            var up = new Tally(line.Online, line.OnlineStated);
            planned = planned.Plus(plan);
            building = building.Plus(new Tally(line.Building, line.BuildingStated));
            online = online.Plus(up);
            if (line.Gpu == GpuModel.Unstated)
            {
                continue;
            }

            var gpu = _world.Gpu(line.Gpu);
            h100ePlanned = h100ePlanned.Plus(Times(plan, gpu.H100Equivalents));
            h100eOnline = h100eOnline.Plus(Times(up, gpu.H100Equivalents));
            pfPlanned = pfPlanned.Plus(Times(plan, gpu.Bf16Pflops));
            pfOnline = pfOnline.Plus(Times(up, gpu.Bf16Pflops));
            wPlanned = wPlanned.Plus(Times(plan, gpu.Watts));
            wOnline = wOnline.Plus(Times(up, gpu.Watts));
        }

        yield return (Metric.GpusPlanned, planned);
        yield return (Metric.GpusBuilding, building);
        yield return (Metric.GpusOnline, online);
        yield return (Metric.H100ePlanned, h100ePlanned);
        yield return (Metric.H100eOnline, h100eOnline);
        yield return (Metric.PflopsPlanned, pfPlanned);
        yield return (Metric.PflopsOnline, pfOnline);
        yield return (Metric.MwPlanned, Megawatts(wPlanned));
        yield return (Metric.MwOnline, Megawatts(wOnline));

        var power = Stages.Of(Power).Plus(Stages.Of(RolledUpPower));
        yield return (Metric.PowerPlanned, power.Planned);
        yield return (Metric.PowerBuilding, power.Building);
        yield return (Metric.PowerOnline, power.Online);
    }

    /// <summary>A sum multiplied by a catalog figure, its qualifier kept.</summary>
    private static Tally Times(Tally sum, decimal factor) => sum.Stated is { } stated ? Tally.Of(sum.Value * factor, stated.Scale(factor)) : new Tally(sum.Value * factor, null);

    /// <summary>Watts as megawatts.</summary>
    private static Tally Megawatts(Tally watts) =>
        watts.Stated is { } stated ? Tally.Of(watts.Value / 1_000_000m, stated with { Low = stated.Low / 1_000_000m, High = stated.High / 1_000_000m }) : new Tally(watts.Value / 1_000_000m, null);

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
