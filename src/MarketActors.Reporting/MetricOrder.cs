using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;

namespace MarketActors.Reporting;

/// <summary>The order reports list actors' metrics in: actors by name (everyone outside the scenario last), then metrics in catalog order.</summary>
internal static class MetricOrder
{
    private static readonly Dictionary<string, int> Catalog = Metric.All.Select((m, i) => (m.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    public static IOrderedEnumerable<T> Sort<T>(IEnumerable<T> rows, Func<T, ActorId> actor, Func<T, string> name, Func<T, string> metric) =>
        rows.OrderBy(r => actor(r) == ActorId.Outside)
            .ThenBy(name, StringComparer.Ordinal)
            .ThenBy(r => actor(r).Value, StringComparer.Ordinal)
            .ThenBy(r => Catalog.GetValueOrDefault(metric(r), int.MaxValue))
            .ThenBy(metric, StringComparer.Ordinal);
}
