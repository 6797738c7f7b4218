using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Output;

namespace MarketActors.Domain.Tests.Support;

/// <summary>
/// A small reference replayer for the tests: each call to <see cref="Tick"/> schedules events on the next day,
/// delivers them, and runs supersteps through <see cref="Superstep.Run"/> until no message is left, feeding
/// the real <see cref="RunRecorder"/>. With a per-message check it applies each inbox one message at a time
/// (numbering what is sent exactly as a whole inbox would) so that the check sees the books after every message.
/// </summary>
internal sealed class Replay
{
    private readonly SortedDictionary<ActorId, ActorBook> _books = new(ActorId.Comparer);
    private readonly List<ScheduledEvent> _events = [];
    private readonly List<AppliedMessage> _applied = [];
    private readonly Action<Replay, ActorBook, AppliedMessage>? _afterEachMessage;
    private readonly RunRecorder _recorder;
    private DateOnly _next = new(2025, 1, 1);

    public Replay(World world, Action<Replay, ActorBook, AppliedMessage>? afterEachMessage = null)
    {
        World = world;
        _afterEachMessage = afterEachMessage;
        _recorder = new RunRecorder(new RunPlan(world, [], 0));
    }

    public World World { get; }

    /// <summary>Every message applied so far, in application order.</summary>
    public IReadOnlyList<AppliedMessage> Applied => _applied;

    /// <summary>The books opened so far, by id (a copy: looking a book up may open one).</summary>
    public IReadOnlyList<ActorBook> Books => [.. _books.Values];

    /// <summary>The events scheduled so far.</summary>
    public IReadOnlyList<ScheduledEvent> Events => _events;

    public ActorBook Book(string id) => Book(new ActorId(id));

    public ActorBook Book(ActorId id)
    {
        if (!_books.TryGetValue(id, out var book))
        {
            _books[id] = book = new ActorBook(World, id);
        }

        return book;
    }

    public ActorSnapshot Snapshot(string id) => Book(id).Snapshot();

    public decimal Metric(string id, string metric) => Book(id).Metrics().GetValueOrDefault(metric);

    /// <summary>The share of <paramref name="issuer"/> that <paramref name="holder"/> holds, from the issuer's register.</summary>
    public decimal Share(string issuer, string holder) =>
        Snapshot(issuer).Holders.Where(h => h.Actor.Value == holder).Select(h => h.Value).SingleOrDefault();

    /// <summary>Schedules the events on the next day and runs the tick to the end of its cascade.</summary>
    public TickRecord Tick(params MarketEvent[] events)
    {
        var at = _next;
        _next = _next.AddDays(1);
        var scheduled = events
            .Select((e, i) => new ScheduledEvent(_events.Count + i, at, at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, e.GetType().Name, ["test#" + (_events.Count + i)], null, e))
            .ToImmutableArray();
        _events.AddRange(scheduled);
        var tick = new Tick(_recorder.Ticks.Count, at, scheduled);
        var (step, applied) = TickLoop.Run(World, tick, id => Book(id), Run);
        _applied.AddRange(applied);
        return _recorder.Record(tick, step, applied);
    }

    /// <summary>The run's outputs, with a snapshot of every actor of the world.</summary>
    public RunOutput Complete() => _recorder.Complete(World.Actors.Select(a => Book(a.Id).Snapshot()));

    private StepOutcome Run(ActorBook book, DateOnly at, int step, IEnumerable<Message> inbox)
    {
        if (_afterEachMessage is null)
        {
            return Superstep.Run(book, World, at, step, inbox);
        }

        var sorted = inbox.OrderBy(m => m.Key).ToArray();
        var applied = ImmutableArray.CreateBuilder<AppliedMessage>(sorted.Length);
        var outgoing = ImmutableArray.CreateBuilder<Message>();
        var ordinal = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var one = Superstep.Run(book, World, at, step, [sorted[i]]);
            var message = one.Applied[0] with { Index = i };
            applied.Add(message);
            foreach (var m in one.Outgoing)
            {
                outgoing.Add(m with { Key = m.Key with { Ordinal = ordinal++ } });
            }

            _afterEachMessage(this, book, message);
        }

        return new StepOutcome(applied.MoveToImmutable(), outgoing.ToImmutable());
    }
}
