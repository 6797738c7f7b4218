using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Engine;

/// <summary>What a tick's cascade did: how many supersteps it took and every message applied, in any order.</summary>
/// <param name="Supersteps">The supersteps run.</param>
/// <param name="Applied">What each actor applied.</param>
public sealed record TickRun(int Supersteps, IReadOnlyList<AppliedMessage> Applied);

/// <summary>
/// One tick on books held in one process: deliver the tick's events, then run supersteps (each actor applies its inbox
/// with <see cref="Superstep.Run"/>, targets in id order) until no message is left. The reference replayer runs every
/// tick with it; the grain engine runs the same supersteps with each actor in its own grain.
/// </summary>
public static class TickLoop
{
    /// <summary>Applies one actor's inbox for a superstep: <see cref="Superstep.Run"/> unless a caller looks closer.</summary>
    public delegate StepOutcome ApplyInbox(ActorBook book, DateOnly at, int step, IEnumerable<Message> inbox);

    /// <summary>Runs a tick's cascade to its end.</summary>
    /// <param name="world">The world.</param>
    /// <param name="tick">The tick.</param>
    /// <param name="bookOf">The books of an actor, opened on first use.</param>
    /// <param name="apply">How an inbox is applied; <see cref="Superstep.Run"/> by default.</param>
    /// <exception cref="RuleViolationException">A rule refused a message, or the cascade did not settle.</exception>
    public static TickRun Run(World world, Tick tick, Func<ActorId, ActorBook> bookOf, ApplyInbox? apply = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(tick);
        ArgumentNullException.ThrowIfNull(bookOf);
        apply ??= (book, at, step, inbox) => Superstep.Run(book, world, at, step, inbox);
        var applied = new List<AppliedMessage>();
        var inbox = RunPlan.Deliveries(tick).ToList();
        var step = 0;
        while (inbox.Count > 0)
        {
            if (step >= Superstep.MaxPerTick)
            {
                throw Superstep.Runaway(tick);
            }

            var next = new List<Message>();
            foreach (var group in Superstep.ByTarget(inbox))
            {
                var outcome = apply(bookOf(group.Key), tick.At, step, group);
                applied.AddRange(outcome.Applied);
                next.AddRange(outcome.Outgoing);
            }

            inbox = next;
            step++;
        }

        return new TickRun(step, applied);
    }
}
