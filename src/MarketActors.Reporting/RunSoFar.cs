using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Reporting;

/// <summary>
/// A run that is still going on, as a <see cref="RunView"/>: its plan cut to the events applied, and outputs built
/// from the ticks received so far. Actors whose whole books are not at hand are rebuilt from the ticks' series and
/// ledger (metrics, balances, memo; no registers, capacity lines or records).
/// </summary>
public static class RunSoFar
{
    /// <summary>The view of a run after <paramref name="ticks"/>, in order from the first.</summary>
    /// <param name="plan">The run's whole plan.</param>
    /// <param name="ticks">The ticks applied so far, in order.</param>
    /// <param name="books">The actors' whole books as of the last of those ticks, where known.</param>
    public static RunView View(RunPlan plan, IReadOnlyList<TickRecord> ticks, IReadOnlyDictionary<ActorId, ActorSnapshot>? books = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ticks);
        var applied = ticks.SelectMany(t => t.Timeline).Select(e => e.Seq).ToHashSet();
        var series = ticks.SelectMany(t => t.Series).ToList();
        var ledger = ticks.SelectMany(t => t.Ledger).ToList();
        var actors = plan.World.Actors
            .Select(a => books is not null && books.TryGetValue(a.Id, out var whole) ? whole : FromRecords(a, series, ledger))
            .ToImmutableArray();
        var output = new RunOutput([.. ticks.SelectMany(t => t.Timeline)], [.. series], [.. ledger], actors);
        return new RunView(plan with { Events = [.. plan.Events.Where(e => applied.Contains(e.Seq))] }, output);
    }

    /// <summary>An actor's metrics, balances and memo rebuilt from a run's series and ledger.</summary>
    public static ActorSnapshot FromRecords(ActorProfile actor, IEnumerable<SeriesPoint> series, IEnumerable<LedgerRow> ledger)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(ledger);
        var metrics = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var point in series.Where(p => p.Actor == actor.Id))
        {
            metrics[point.Metric] = point.Value;
        }

        var balances = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var memo = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in ledger.Where(r => r.Actor == actor.Id))
        {
            var book = row.Book == Accounts.MemoBook ? memo : balances;
            book[row.Account] = book.GetValueOrDefault(row.Account) + row.Amount;
        }

        var valuation = metrics.GetValueOrDefault(Metric.Valuation);
        return new ActorSnapshot(actor.Id, actor.Kind, actor.Name, NonZero(metrics), NonZero(balances), NonZero(memo),
            valuation == 0 ? null : valuation, [], [], [], null, [], [], [], [], [], []);
    }

    private static ImmutableArray<KeyValuePair<string, decimal>> NonZero(SortedDictionary<string, decimal> values) =>
        [.. values.Where(v => v.Value != 0).Select(v => KeyValuePair.Create(v.Key, Amounts.Normalize(v.Value)))];
}
