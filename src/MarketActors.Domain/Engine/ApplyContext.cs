using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Engine;

/// <summary>
/// What a rule may do while it applies one message: post balanced entries to the actor's books and send messages
/// for the next superstep. Rules see the world and the virtual date through it, never a clock.
/// </summary>
public sealed class ApplyContext
{
    private readonly List<LedgerLine> _lines = [];
    private readonly List<(ActorId Target, Payload Payload)> _outgoing = [];
    private int _entries;

    /// <summary>Creates a context for one message.</summary>
    public ApplyContext(World world, DateOnly at, int eventSeq, ActorId self)
    {
        World = world;
        At = at;
        EventSeq = eventSeq;
        Self = self;
    }

    /// <summary>The run's world.</summary>
    public World World { get; }

    /// <summary>The virtual date.</summary>
    public DateOnly At { get; }

    /// <summary>The scenario event being applied.</summary>
    public int EventSeq { get; }

    /// <summary>The actor applying it.</summary>
    public ActorId Self { get; }

    /// <summary>The scenario's id of the event being applied, when the message is the event itself and it has one.</summary>
    public string? EventId { get; init; }

    /// <summary>How later events name the event being applied: its id, or <c>#</c> and its schedule position.</summary>
    public string EventKey => ScheduledEvent.KeyOf(EventId, EventSeq);

    /// <summary>The lines posted so far.</summary>
    public IReadOnlyList<LedgerLine> Lines => _lines;

    /// <summary>The messages sent so far, in order.</summary>
    public IReadOnlyList<(ActorId Target, Payload Payload)> Outgoing => _outgoing;

    /// <summary>Queues a message for the next superstep.</summary>
    public void Send(ActorId target, Payload payload) => _outgoing.Add((target, payload));

    /// <summary>Records a balanced entry; legs of zero are dropped, an unbalanced entry is a bug.</summary>
    public ImmutableArray<LedgerLine> Post(string book, string memo, params ReadOnlySpan<Leg> legs)
    {
        var sum = 0m;
        var entry = _entries;
        var posted = ImmutableArray.CreateBuilder<LedgerLine>();
        foreach (var leg in legs)
        {
            sum += leg.Amount;
            if (leg.Amount != 0)
            {
                posted.Add(new LedgerLine(entry, book, leg.Account, leg.Amount, leg.Counterparty, memo));
            }
        }

        if (sum != 0)
        {
            throw new InvalidOperationException($"Unbalanced entry '{memo}' on {Self}: legs add up to {sum}.");
        }

        if (posted.Count > 0)
        {
            _entries++;
            _lines.AddRange(posted);
        }

        return posted.ToImmutable();
    }
}
