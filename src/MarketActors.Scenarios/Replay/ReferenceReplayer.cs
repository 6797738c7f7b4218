using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Output;

namespace MarketActors.Scenarios.Replay;

/// <summary>
/// The oracle: the same rules as the grain engine, run in one thread with no Orleans. Each tick delivers its
/// events, then runs supersteps until no message is left; actors apply their inboxes in id order, though any
/// order gives the same result, because each inbox is sorted before it is applied.
/// </summary>
public static class ReferenceReplayer
{
    /// <summary>Replays a plan and returns its outputs. Rule violations surface as <see cref="RuleViolationException"/>.</summary>
    public static RunOutput Replay(RunPlan plan, IProgress<TickRecord>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var books = new SortedDictionary<ActorId, ActorBook>(ActorId.Comparer);
        var recorder = new RunRecorder(plan);
        foreach (var tick in plan.Ticks())
        {
            cancellationToken.ThrowIfCancellationRequested();
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
                    if (!books.TryGetValue(group.Key, out var book))
                    {
                        books[group.Key] = book = new ActorBook(plan.World, group.Key);
                    }

                    var outcome = Superstep.Run(book, plan.World, tick.At, step, group);
                    applied.AddRange(outcome.Applied);
                    next.AddRange(outcome.Outgoing);
                }

                inbox = next;
                step++;
            }

            var record = recorder.Record(tick, step, applied);
            progress?.Report(record);
        }

        var finals = plan.World.Actors.Select(a => books.TryGetValue(a.Id, out var book) ? book.Snapshot() : new ActorBook(plan.World, a.Id).Snapshot());
        return recorder.Complete(finals);
    }
}
