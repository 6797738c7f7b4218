using System.Collections.Immutable;
using System.Globalization;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Output;

/// <summary>
/// Turns what the actors applied in each tick into the run's outputs. Both engines feed it the same applied
/// messages in any order; it sorts them, so the outputs depend only on what was applied.
/// </summary>
public sealed class RunRecorder
{
    private readonly World _world;
    private readonly Dictionary<(ActorId, string), decimal> _lastSeries = [];
    private readonly List<TickRecord> _ticks = [];

    /// <summary>Starts recording a run of a plan.</summary>
    public RunRecorder(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _world = plan.World;
    }

    /// <summary>The ticks recorded so far.</summary>
    public IReadOnlyList<TickRecord> Ticks => _ticks;

    /// <summary>Records one tick from everything its supersteps applied.</summary>
    public TickRecord Record(Tick tick, int supersteps, IEnumerable<AppliedMessage> applied)
    {
        ArgumentNullException.ThrowIfNull(tick);
        var ordered = applied.Order(AppliedMessage.ApplicationOrder).ToArray();
        var record = new TickRecord(tick.Index, tick.At, supersteps, Timeline(tick, ordered), Series(tick, ordered), Ledger(tick, ordered));
        _ticks.Add(record);
        return record;
    }

    /// <summary>The run's outputs, with the actors' final books.</summary>
    public RunOutput Complete(IEnumerable<ActorSnapshot> actors) => new(
        [.. _ticks.SelectMany(t => t.Timeline)],
        [.. _ticks.SelectMany(t => t.Series)],
        [.. _ticks.SelectMany(t => t.Ledger)],
        [.. actors.OrderBy(a => a.Id, ActorId.Comparer)]);

    private ImmutableArray<TimelineEntry> Timeline(Tick tick, AppliedMessage[] ordered)
    {
        var entries = ImmutableArray.CreateBuilder<TimelineEntry>(tick.Events.Length);
        var byEvent = ordered.ToLookup(m => m.EventSeq);
        foreach (var e in tick.Events)
        {
            var sums = new SortedDictionary<(ActorId Actor, string Metric), (decimal Change, Delta Last)>(DeltaKeyComparer.Instance);
            foreach (var message in byEvent[e.Seq])
            {
                foreach (var d in message.Deltas)
                {
                    var key = (message.Actor, d.Metric);
                    var (change, _) = sums.GetValueOrDefault(key);
                    sums[key] = (change + d.After - d.Before, d);
                }
            }

            var deltas = sums
                .Where(s => s.Value.Change != 0)
                .Select(s => new ActorDelta(s.Key.Actor, s.Key.Metric, Amounts.Normalize(s.Value.Change), Amounts.Normalize(s.Value.Last.After)) { Stated = s.Value.Last.Stated });
            entries.Add(new TimelineEntry(e.Seq, e.At, e.DateLabel, e.Type, e.Id, e.Body.Describe(_world), e.Sources, e.Note, [.. deltas]));
        }

        return entries.MoveToImmutable();
    }

    private ImmutableArray<SeriesPoint> Series(Tick tick, AppliedMessage[] ordered)
    {
        var last = new SortedDictionary<(ActorId Actor, string Metric), Delta>(DeltaKeyComparer.Instance);
        foreach (var message in ordered)
        {
            foreach (var d in message.Deltas)
            {
                last[(message.Actor, d.Metric)] = d;
            }
        }

        var points = ImmutableArray.CreateBuilder<SeriesPoint>();
        foreach (var ((actor, metric), d) in last)
        {
            if (_lastSeries.GetValueOrDefault((actor, metric)) != d.After)
            {
                _lastSeries[(actor, metric)] = d.After;
                points.Add(new SeriesPoint(actor, metric, tick.At, Amounts.Normalize(d.After)) { Stated = d.Stated });
            }
        }

        return points.ToImmutable();
    }

    private static ImmutableArray<LedgerRow> Ledger(Tick tick, AppliedMessage[] ordered)
    {
        var rows = ImmutableArray.CreateBuilder<LedgerRow>();
        foreach (var message in ordered.OrderBy(m => m.EventSeq).ThenBy(m => m, AppliedMessage.ApplicationOrder))
        {
            foreach (var line in message.Lines)
            {
                var entry = string.Create(CultureInfo.InvariantCulture, $"{message.EventSeq}.{message.Step}.{message.Actor}.{message.Index}.{line.Entry}");
                rows.Add(new LedgerRow(tick.At, message.EventSeq, entry, message.Actor, line.Book, line.Account, Amounts.Normalize(line.Amount), line.Counterparty, line.Memo));
            }
        }

        return rows.ToImmutable();
    }

    private sealed class DeltaKeyComparer : IComparer<(ActorId Actor, string Metric)>
    {
        public static DeltaKeyComparer Instance { get; } = new();

        public int Compare((ActorId Actor, string Metric) x, (ActorId Actor, string Metric) y)
        {
            var c = x.Actor.CompareTo(y.Actor);
            return c != 0 ? c : string.CompareOrdinal(x.Metric, y.Metric);
        }
    }
}
