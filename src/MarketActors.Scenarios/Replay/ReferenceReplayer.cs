using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
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
    /// <param name="plan">The plan.</param>
    /// <param name="progress">Told of each tick as it completes.</param>
    /// <param name="record">
    /// False to apply the rules without keeping the run's timeline, series and ledger (a check that only needs to know
    /// whether the rules accept the plan): the output then has the actors' final books alone, and each tick's record
    /// only its date and supersteps.
    /// </param>
    /// <param name="cancellationToken">Stops the replay between ticks.</param>
    public static RunOutput Replay(RunPlan plan, IProgress<TickRecord>? progress = null, bool record = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var books = new SortedDictionary<ActorId, ActorBook>(ActorId.Comparer);
        var recorder = new RunRecorder(plan);
        foreach (var tick in plan.Ticks())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (step, applied) = TickLoop.Run(plan.World, tick, BookOf);
            var done = record ? recorder.Record(tick, step, applied) : new TickRecord(tick.Index, tick.At, step, [], [], []);
            progress?.Report(done);
        }

        var finals = plan.World.Actors.Select(a => books.TryGetValue(a.Id, out var book) ? book.Snapshot() : new ActorBook(plan.World, a.Id).Snapshot());
        return recorder.Complete(finals);

        ActorBook BookOf(ActorId id)
        {
            if (!books.TryGetValue(id, out var book))
            {
                books[id] = book = new ActorBook(plan.World, id);
            }

            return book;
        }
    }
}
