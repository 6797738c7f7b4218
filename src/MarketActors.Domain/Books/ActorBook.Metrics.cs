using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>The metrics an actor's books expose.</summary>
public sealed partial class ActorBook
{
    /// <summary>The metrics every actor has, in ordinal order of their names: the order of <see cref="Fixed"/>.</summary>
    private static readonly string[] FixedNames =
    [
        .. new[]
        {
            Metric.Cash, Metric.NetWorth, Metric.Valuation, Metric.StakesValue, Metric.WarrantsValue, Metric.DebtHeldFace,
            Metric.DebtHeldValue, Metric.DebtOwedFace, Metric.DebtOwedValue, Metric.Realized, Metric.Unrealized,
            Metric.DebtOffered, Metric.CapitalAnnounced, Metric.CapitalPledged, Metric.CapitalCommitted, Metric.CapitalFunded,
            Metric.PledgesMade, Metric.CommitmentsMade, Metric.CommitmentsReleased, Metric.CapitalContributed,
            Metric.ContractsBacklog, Metric.ContractsPurchases,
        }.Order(StringComparer.Ordinal),
    ];

    /// <summary>The capacity metrics, in the order <see cref="CapacitySums"/> yields them.</summary>
    private static readonly string[] CapacityNames =
    [
        Metric.GpusPlanned, Metric.GpusBuilding, Metric.GpusOnline, Metric.H100ePlanned, Metric.H100eOnline,
        Metric.PflopsPlanned, Metric.PflopsOnline, Metric.MwPlanned, Metric.MwOnline, Metric.PowerPlanned,
        Metric.PowerBuilding, Metric.PowerOnline,
    ];

    /// <summary>The number of metrics every actor has.</summary>
    internal static int FixedCount => FixedNames.Length;

    /// <summary>The number of capacity metrics.</summary>
    internal static int CapacityCount => CapacityNames.Length;

    /// <summary>The actor's metrics now, by name; metrics that are zero are left out.</summary>
    public SortedDictionary<string, decimal> Metrics()
    {
        var m = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        Span<decimal> values = stackalloc decimal[FixedNames.Length];
        Fixed(values);
        for (var i = 0; i < FixedNames.Length; i++)
        {
            Put(m, FixedNames[i], values[i]);
        }

        foreach (var (name, sum) in CapacitySums())
        {
            Put(m, name, sum.Value);
        }

        foreach (var (name, value) in Figures)
        {
            Put(m, name, value);
        }

        return m;
    }

    /// <summary>
    /// The metrics every actor has, into <paramref name="values"/> in the order of <see cref="FixedNames"/>. Sums over
    /// positions are kept as rules post (see <see cref="Post"/>), so this costs the same for an actor of one position
    /// as for a fund of thousands.
    /// </summary>
    private void Fixed(Span<decimal> values)
    {
        var debt = -_sums[(int)Sum.Debt];
        Set(values, Metric.Cash, Balance(Accounts.Cash));
        Set(values, Metric.NetWorth, _netWorth);
        Set(values, Metric.Valuation, Valuation ?? 0m);
        Set(values, Metric.StakesValue, _sums[(int)Sum.Stakes]);
        Set(values, Metric.WarrantsValue, _sums[(int)Sum.Warrants]);
        Set(values, Metric.DebtHeldFace, _sums[(int)Sum.Loans]);
        Set(values, Metric.DebtHeldValue, _sums[(int)Sum.Loans] + _sums[(int)Sum.LoanMarks]);
        Set(values, Metric.DebtOwedFace, debt);
        Set(values, Metric.DebtOwedValue, DebtPrice is { } price ? Amounts.Cents(debt * price.Point) : debt);
        Set(values, Metric.Realized, -_sums[(int)Sum.Realized]);
        Set(values, Metric.Unrealized, -_sums[(int)Sum.Unrealized]);
        var offered = 0m;
        foreach (var open in OpenOffers.Values)
        {
            offered += open;
        }

        Set(values, Metric.DebtOffered, offered);
        Set(values, Metric.CapitalAnnounced, MemoBalance(Accounts.Announced));
        Set(values, Metric.CapitalPledged, MemoBalance(Accounts.Pledged));
        Set(values, Metric.CapitalCommitted, MemoBalance(Accounts.Committed));
        Set(values, Metric.CapitalFunded, MemoBalance(Accounts.Funded));
        Set(values, Metric.PledgesMade, _sums[(int)Sum.Pledges]);
        Set(values, Metric.CommitmentsMade, _sums[(int)Sum.Commitments]);
        Set(values, Metric.CommitmentsReleased, _sums[(int)Sum.Released]);
        Set(values, Metric.CapitalContributed, _sums[(int)Sum.Contributions]);
        Set(values, Metric.ContractsBacklog, MemoBalance(Accounts.Backlog));
        Set(values, Metric.ContractsPurchases, _sums[(int)Sum.Purchases]);
    }

    /// <summary>The capacity metrics into <paramref name="values"/>, in the order of <see cref="CapacityNames"/>; zeros without capacity.</summary>
    private void CapacityValues(Span<decimal> values)
    {
        values.Clear();
        var i = 0;
        foreach (var (_, sum) in CapacitySums())
        {
            values[i++] = sum.Value;
        }
    }

    private static void Set(Span<decimal> values, string name, decimal value) => values[FixedIndex(name)] = value;

    private static int FixedIndex(string name)
    {
        // Twenty-two names: a linear scan of interned constants by reference is faster than any lookup.
        for (var i = 0; i < FixedNames.Length; i++)
        {
            if (ReferenceEquals(FixedNames[i], name))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "not a metric every actor has");
    }

    /// <summary>
    /// The metrics that changed between two readings taken before and after a message, in ordinal order of their names.
    /// A value after that is not exact keeps how it is stated.
    /// </summary>
    private ImmutableArray<Delta> Diff(ReadOnlySpan<decimal> before, ReadOnlySpan<decimal> after, ReadOnlySpan<decimal> capacityBefore, ReadOnlySpan<decimal> capacityAfter, KeyValuePair<string, decimal>[]? figuresBefore)
    {
        List<Delta>? deltas = null;
        SortedDictionary<string, Figure>? stated = null;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] != after[i])
            {
                (deltas ??= []).Add(new Delta(FixedNames[i], Amounts.Normalize(before[i]), Amounts.Normalize(after[i])));
            }
        }

        for (var i = 0; i < capacityBefore.Length; i++)
        {
            if (capacityBefore[i] != capacityAfter[i])
            {
                stated ??= HasCapacity ? Stated() : [];
                (deltas ??= []).Add(new Delta(CapacityNames[i], Amounts.Normalize(capacityBefore[i]), Amounts.Normalize(capacityAfter[i]))
                {
                    Stated = stated.TryGetValue(CapacityNames[i], out var figure) ? figure : null,
                });
            }
        }

        if (figuresBefore is not null || Figures.Count > 0)
        {
            foreach (var (name, value) in figuresBefore ?? [])
            {
                var now = Figures.GetValueOrDefault(name);
                if (value != now)
                {
                    (deltas ??= []).Add(new Delta(name, Amounts.Normalize(value), Amounts.Normalize(now)));
                }
            }

            foreach (var (name, value) in Figures)
            {
                if (value != 0 && (figuresBefore is null || !Array.Exists(figuresBefore, f => f.Key == name)))
                {
                    (deltas ??= []).Add(new Delta(name, 0m, Amounts.Normalize(value)));
                }
            }
        }

        if (deltas is null)
        {
            return [];
        }

        deltas.Sort((x, y) => string.CompareOrdinal(x.Metric, y.Metric));
        return [.. deltas];
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
