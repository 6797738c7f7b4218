using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Engine;

/// <summary>
/// One actor's share of a superstep: sort the inbox by <see cref="MessageKey"/>, apply each message, number what
/// it sends. Both engines call this and nothing else to change books, so they cannot disagree on the rules.
/// </summary>
public static class Superstep
{
    /// <summary>The most supersteps a tick may take before its cascade is declared runaway.</summary>
    public const int MaxPerTick = 1_000;

    /// <summary>Applies an inbox to a book.</summary>
    public static StepOutcome Run(ActorBook book, World world, DateOnly at, int step, IEnumerable<Message> inbox)
    {
        ArgumentNullException.ThrowIfNull(book);
        var sorted = inbox.OrderBy(m => m.Key).ToArray();
        var applied = ImmutableArray.CreateBuilder<AppliedMessage>(sorted.Length);
        var outgoing = ImmutableArray.CreateBuilder<Message>();
        var ordinal = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var message = sorted[i];
            if (message.Target != book.Id)
            {
                throw new InvalidOperationException($"Message for {message.Target} delivered to {book.Id}.");
            }

            var context = new ApplyContext(world, at, message.Key.EventSeq, book.Id) { EventId = (message.Payload as EventOccurred)?.EventId };
            applied.Add(book.Apply(message, context, step, i));
            foreach (var (target, payload) in context.Outgoing)
            {
                outgoing.Add(new Message(new MessageKey(message.Key.EventSeq, book.Id, ordinal++), target, payload));
            }
        }

        return new StepOutcome(applied.MoveToImmutable(), outgoing.ToImmutable());
    }

    /// <summary>Groups messages by target, targets in id order, for delivery.</summary>
    public static IEnumerable<IGrouping<ActorId, Message>> ByTarget(IEnumerable<Message> messages) =>
        messages.GroupBy(m => m.Target).OrderBy(g => g.Key, ActorId.Comparer);

    /// <summary>Raises the runaway-cascade error for a tick.</summary>
    public static RuleViolationException Runaway(Tick tick) =>
        new(tick.Events[0].Seq, $"The cascade on {tick.At:yyyy-MM-dd} did not settle after {MaxPerTick} supersteps: is there an ownership cycle?");
}
