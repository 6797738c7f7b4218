using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Grains;

/// <summary>Queries answered from the run's records: series, an actor at a date, the outputs.</summary>
public sealed partial class RunGrain
{
    /// <inheritdoc />
    Task<ImmutableArray<SeriesPoint>> IRunGrain.GetSeries(ActorId actor, string metric)
    {
        RequireActor(actor);
        return Task.FromResult(_recorder!.Ticks.SelectMany(t => t.Series).Where(p => p.Actor == actor && p.Metric == metric).ToImmutableArray());
    }

    /// <inheritdoc />
    async Task<ActorView> IRunGrain.GetActor(ActorId actor, DateOnly? at)
    {
        var profile = RequireActor(actor);
        var date = at ?? _status.At;
        var metrics = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var balances = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var memo = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var tick in _recorder!.Ticks.TakeWhile(t => date is { } d && t.At <= d))
        {
            foreach (var point in tick.Series.Where(p => p.Actor == actor))
            {
                metrics[point.Metric] = point.Value;
            }

            foreach (var row in tick.Ledger.Where(r => r.Actor == actor))
            {
                var book = row.Book == Accounts.MemoBook ? memo : balances;
                book[row.Account] = book.GetValueOrDefault(row.Account) + row.Amount;
            }
        }

        // The whole books are the actor's now: give them only when "now" is the date asked for and no tick is in
        // flight; the next tick waits for the read (see Advance).
        ActorSnapshot? books = null;
        if (!_inTick && date == _status.At && _status.State != RunState.Empty)
        {
            var read = GrainFactory.Actor(RunId, actor).GetSnapshot();
            _reads = _reads.IsCompleted ? read : Task.WhenAll(_reads, read);
            books = await read;
        }

        return new ActorView(actor, profile.Name, profile.Kind, date, NonZero(metrics), NonZero(balances), NonZero(memo), books);
    }

    /// <inheritdoc />
    Task<RunOutput> IRunGrain.GetOutput() => _output is { } output
        ? Task.FromResult(output)
        : throw new InvalidOperationException($"Run '{RunId}' is {Describe(_status.State)}: its output is ready once it has completed or been stopped.");

    private ActorProfile RequireActor(ActorId actor)
    {
        var plan = _plan ?? throw new InvalidOperationException($"Run '{RunId}' has no scenario loaded.");
        return plan.World.Has(actor) ? plan.World.Profile(actor) : throw new ArgumentException($"Run '{RunId}' has no actor '{actor}'.", nameof(actor));
    }

    private static ImmutableArray<KeyValuePair<string, decimal>> NonZero(SortedDictionary<string, decimal> values) =>
        [.. values.Where(v => v.Value != 0).Select(v => KeyValuePair.Create(v.Key, Amounts.Normalize(v.Value)))];
}
