using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting;

/// <summary>Turns an event's deltas into one short line per actor, keeping the metrics a reader follows.</summary>
public static class ChangeSummary
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Metric.NetWorth] = "net worth",
        [Metric.Cash] = "cash",
        [Metric.Valuation] = "valuation",
        [Metric.StakesValue] = "stakes",
        [Metric.DebtHeldValue] = "debt held",
        [Metric.DebtOwedFace] = "debt owed",
        [Metric.DebtOwedValue] = "debt at market",
        [Metric.DebtOffered] = "debt offered",
        [Metric.Realized] = "realised",
        [Metric.Unrealized] = "unrealised",
        [Metric.CapitalAnnounced] = "announced",
        [Metric.CapitalPledged] = "pledged",
        [Metric.CapitalCommitted] = "committed",
        [Metric.CapitalFunded] = "funded",
        [Metric.CapitalContested] = "contested",
        [Metric.PledgesMade] = "pledges made",
        [Metric.CommitmentsMade] = "commitments made",
        [Metric.CommitmentsReleased] = "commitments released",
        [Metric.CapitalContributed] = "paid in",
        [Metric.GpusOnline] = "GPUs online",
        [Metric.GpusBuilding] = "GPUs building",
        [Metric.GpusPlanned] = "GPUs planned",
        [Metric.H100eOnline] = "H100e online",
        [Metric.H100ePlanned] = "H100e planned",
        [Metric.PowerOnline] = "power online",
        [Metric.PowerBuilding] = "power building",
        [Metric.PowerPlanned] = "power planned",
        [Metric.DatacentersPlanned] = "data centres planned",
        [Metric.JobsPledged] = "jobs pledged",
        [Metric.JobsCut] = "jobs cut",
        [Metric.ModelsReleased] = "models",
        [Metric.TrainingCost] = "training cost",
        [Metric.DataAssets] = "data sets",
    };

    /// <summary>The reader's label of a metric, or null for metrics left out of summaries.</summary>
    public static string? Label(string metric) =>
        Labels.TryGetValue(metric, out var label) ? label
        : metric.StartsWith(Metric.OddsPrefix, StringComparison.Ordinal) ? "odds " + metric[Metric.OddsPrefix.Length..]
        : null;

    /// <summary>One line per actor: "Elon Musk: cash -$34.76B, stakes +$34.76B".</summary>
    public static IReadOnlyList<(string Actor, string Changes)> Lines(TimelineEntry entry, Domain.Actors.INameLookup names) =>
        [.. ByActor(entry, names).Select(l => (l.Actor, l.Changes))];

    /// <summary>The same lines as <see cref="Lines"/>, with each actor's id (for links).</summary>
    public static IReadOnlyList<(Domain.Actors.ActorId Id, string Actor, string Changes)> ByActor(TimelineEntry entry, Domain.Actors.INameLookup names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            .. entry.Deltas
                .Where(d => Label(d.Metric) is not null && (d.Actor != Domain.Actors.ActorId.Outside || d.Metric == Metric.Cash))
                .GroupBy(d => d.Actor)
                .Select(g => (g.Key, names.NameOf(g.Key), string.Join(", ", g.Select(d => $"{Label(d.Metric)} {Change(d)}")))),
        ];
    }

    /// <summary>A change as a reader says it; a site's power in MW or GW.</summary>
    private static string Change(ActorDelta d) => d.Metric.StartsWith("power.", StringComparison.Ordinal)
        ? (d.Change > 0 ? "+" : string.Empty) + Format.Power(d.Change)
        : Format.Change(d.Change, Metric.UnitOf(d.Metric));
}
