using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
        var ordered = applied.ToArray();
        Array.Sort(ordered, AppliedMessage.ApplicationOrder);

        // One pass splits the tick's messages by event, each event's kept in the order they were applied; every
        // output below is then linear in what the tick applied (plus sorting the keys it changed).
        var byEvent = new SortedDictionary<int, List<AppliedMessage>>();
        foreach (var message in ordered)
        {
            if (!byEvent.TryGetValue(message.EventSeq, out var list))
            {
                byEvent[message.EventSeq] = list = [];
            }

            list.Add(message);
        }

        var record = new TickRecord(tick.Index, tick.At, supersteps, Timeline(tick, byEvent), Series(tick, ordered), Ledger(tick, byEvent));
        _ticks.Add(record);
        return record;
    }

    /// <summary>The run's outputs, with the actors' final books.</summary>
    public RunOutput Complete(IEnumerable<ActorSnapshot> actors) => new(
        [.. _ticks.SelectMany(t => t.Timeline)],
        [.. _ticks.SelectMany(t => t.Series)],
        [.. _ticks.SelectMany(t => t.Ledger)],
        [.. actors.OrderBy(a => a.Id, ActorId.Comparer)]);

    private ImmutableArray<TimelineEntry> Timeline(Tick tick, SortedDictionary<int, List<AppliedMessage>> byEvent)
    {
        var entries = ImmutableArray.CreateBuilder<TimelineEntry>(tick.Events.Length);
        var sums = new Dictionary<(ActorId Actor, string Metric), (decimal Change, Delta Last)>();
        foreach (var e in tick.Events)
        {
            sums.Clear();
            foreach (var message in byEvent.GetValueOrDefault(e.Seq) ?? [])
            {
                foreach (var d in message.Deltas)
                {
                    var key = (message.Actor, d.Metric);
                    var (change, _) = sums.GetValueOrDefault(key);
                    sums[key] = (change + d.After - d.Before, d);
                }
            }

            var keys = sums.Where(s => s.Value.Change != 0).Select(s => s.Key).ToArray();
            Array.Sort(keys, DeltaKeyComparer.Instance);
            var deltas = new ActorDelta[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                var (change, last) = sums[keys[i]];
                deltas[i] = new ActorDelta(keys[i].Actor, keys[i].Metric, Amounts.Normalize(change), Amounts.Normalize(last.After)) { Stated = last.Stated };
            }

            entries.Add(new TimelineEntry(e.Seq, e.At, e.DateLabel, e.Type, e.Id, e.Body.Describe(_world), e.Sources, e.Note, ImmutableCollectionsMarshal.AsImmutableArray(deltas)));
        }

        return entries.MoveToImmutable();
    }

    private ImmutableArray<SeriesPoint> Series(Tick tick, AppliedMessage[] ordered)
    {
        var last = new Dictionary<(ActorId Actor, string Metric), Delta>();
        foreach (var message in ordered)
        {
            foreach (var d in message.Deltas)
            {
                last[(message.Actor, d.Metric)] = d;
            }
        }

        var keys = last.Keys.ToArray();
        Array.Sort(keys, DeltaKeyComparer.Instance);
        var points = ImmutableArray.CreateBuilder<SeriesPoint>();
        foreach (var key in keys)
        {
            var d = last[key];
            if (_lastSeries.GetValueOrDefault(key) != d.After)
            {
                _lastSeries[key] = d.After;
                points.Add(new SeriesPoint(key.Actor, key.Metric, tick.At, Amounts.Normalize(d.After)) { Stated = d.Stated });
            }
        }

        return points.ToImmutable();
    }

    private static ImmutableArray<LedgerRow> Ledger(Tick tick, SortedDictionary<int, List<AppliedMessage>> byEvent)
    {
        // By event, then as applied.
        var rows = ImmutableArray.CreateBuilder<LedgerRow>();
        foreach (var messages in byEvent.Values)
        {
            foreach (var message in messages)
            {
                foreach (var line in message.Lines)
                {
                    var entry = string.Create(CultureInfo.InvariantCulture, $"{message.EventSeq}.{message.Step}.{message.Actor}.{message.Index}.{line.Entry}");
                    rows.Add(new LedgerRow(tick.At, message.EventSeq, entry, message.Actor, line.Book, line.Account, Amounts.Normalize(line.Amount), line.Counterparty, line.Memo));
                }
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
