using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Reporting;

/// <summary>A run's plan and outputs with the lookups reports need: a metric at a date, an actor's end state.</summary>
public sealed class RunView
{
    private readonly Dictionary<(ActorId, string), List<SeriesPoint>> _series = [];
    private readonly Dictionary<ActorId, ActorSnapshot> _actors;
    private readonly Dictionary<int, TimelineEntry> _entries;
    private readonly Lazy<Dictionary<int, ScheduledEvent>> _events;
    private readonly Lazy<ILookup<int, LedgerRow>> _ledgerByEvent;
    private readonly Lazy<ILookup<string, LedgerRow>> _ledgerByAccount;
    private readonly Lazy<ILookup<ActorId, LedgerRow>> _ledgerByActor;
    private readonly Lazy<Dictionary<(ActorId, string), Figure?>> _lastStated;
    private readonly Lazy<ILookup<ActorId, ActorId>> _debtHolders;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _eventsByType = new();

    /// <summary>Indexes a run.</summary>
    public RunView(RunPlan plan, RunOutput output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        Plan = plan;
        Output = output;
        foreach (var point in output.Series)
        {
            if (!_series.TryGetValue((point.Actor, point.Metric), out var list))
            {
                _series[(point.Actor, point.Metric)] = list = [];
            }

            list.Add(point);
        }

        _actors = output.Actors.ToDictionary(a => a.Id);
        _entries = output.Timeline.ToDictionary(e => e.Seq);

        // Reports ask of the same rows per borrower, per event and per actor: each index is built once, on first use,
        // so that a report is linear in the run, not in the run times its actors.
        _events = new(() => plan.Events.ToDictionary(e => e.Seq));
        _ledgerByEvent = new(() => output.Ledger.ToLookup(r => r.EventSeq));
        _ledgerByAccount = new(() => output.Ledger.ToLookup(r => r.Account, StringComparer.Ordinal));
        _ledgerByActor = new(() => output.Ledger.ToLookup(r => r.Actor));
        _lastStated = new(() =>
        {
            var last = new Dictionary<(ActorId, string), Figure?>();
            foreach (var delta in output.Timeline.SelectMany(t => t.Deltas))
            {
                last[(delta.Actor, delta.Metric)] = delta.Stated;
            }

            return last;
        });
        _debtHolders = new(() => output.Actors.SelectMany(a => a.DebtHeld.Select(d => (Borrower: d.Actor, Holder: a.Id))).ToLookup(p => p.Borrower, p => p.Holder));
    }

    /// <summary>The plan.</summary>
    public RunPlan Plan { get; }

    /// <summary>The outputs.</summary>
    public RunOutput Output { get; }

    /// <summary>The world, for names.</summary>
    public World World => Plan.World;

    /// <summary>A metric's value at the end of a date (zero before it was ever set).</summary>
    public decimal At(ActorId actor, string metric, DateOnly date)
    {
        if (!_series.TryGetValue((actor, metric), out var points))
        {
            return 0m;
        }

        var value = 0m;
        foreach (var point in points)
        {
            if (point.At > date)
            {
                break;
            }

            value = point.Value;
        }

        return value;
    }

    /// <summary>
    /// A metric's value at the end of a date as its figures were stated: exact, or with the qualifier the sum of its
    /// figures carries (1,000,000+, ~3,700, 110,000–130,000).
    /// </summary>
    public Figure Stated(ActorId actor, string metric, DateOnly date)
    {
        if (!_series.TryGetValue((actor, metric), out var points))
        {
            return Figure.Of(0m);
        }

        var stated = Figure.Of(0m);
        foreach (var point in points)
        {
            if (point.At > date)
            {
                break;
            }

            stated = point.Stated ?? Figure.Of(point.Value);
        }

        return stated;
    }

    /// <summary>A metric's value at the end of the run as its figures were stated.</summary>
    public Figure StatedAtEnd(ActorId actor, string metric) => Stated(actor, metric, DateOnly.MaxValue);

    /// <summary>The dates on which a metric of an actor changed.</summary>
    public IEnumerable<DateOnly> Changes(ActorId actor, string metric) =>
        _series.TryGetValue((actor, metric), out var points) ? points.Select(p => p.At) : [];

    /// <summary>An actor's books at the end.</summary>
    public ActorSnapshot End(ActorId actor) => _actors[actor];

    /// <summary>The scheduled events of a type, in schedule order.</summary>
    public IEnumerable<(ScheduledEvent Event, T Body)> Events<T>()
        where T : MarketEvent =>
        ((ScheduledEvent Event, T Body)[])_eventsByType.GetOrAdd(typeof(T), _ => Plan.Events.Where(e => e.Body is T).Select(e => (e, (T)e.Body)).ToArray());

    /// <summary>The scheduled event at a position of the schedule, if the plan has it.</summary>
    public ScheduledEvent? EventAt(int seq) => _events.Value.GetValueOrDefault(seq);

    /// <summary>The ledger rows an event posted, in ledger order.</summary>
    public IEnumerable<LedgerRow> LedgerOf(int seq) => _ledgerByEvent.Value[seq];

    /// <summary>The ledger rows posted to an account (of any actor), in ledger order.</summary>
    public IEnumerable<LedgerRow> LedgerOfAccount(string account) => _ledgerByAccount.Value[account];

    /// <summary>The ledger rows of an actor's books, in ledger order.</summary>
    public IEnumerable<LedgerRow> LedgerOfActor(ActorId actor) => _ledgerByActor.Value[actor];

    /// <summary>How the last change of a metric of an actor on the timeline was stated, when it was not exact.</summary>
    public Figure? LastStated(ActorId actor, string metric) => _lastStated.Value.GetValueOrDefault((actor, metric));

    /// <summary>The actors that hold a borrower's debt at the end.</summary>
    public IEnumerable<ActorId> DebtHoldersOf(ActorId borrower) => _debtHolders.Value[borrower];

    /// <summary>The timeline entry of an event, by its position in the schedule (a view as known at a date may skip some).</summary>
    public TimelineEntry Entry(int seq) => _entries[seq];

    /// <summary>The scheduled event with an id, if the plan has it.</summary>
    public ScheduledEvent? Event(string id) => Plan.Events.FirstOrDefault(e => e.Id == id);

    /// <summary>Sources, for a table cell.</summary>
    public static string Cite(ScheduledEvent e) => string.Join(", ", e.Sources);
}
