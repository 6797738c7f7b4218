using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Output;

namespace MarketActors.Grains;

/// <summary>The live feed: numbered updates, kept in order, pushed to subscribers and replayable from any point.</summary>
public sealed partial class RunGrain
{
    /// <inheritdoc />
    Task<RunSnapshot> IRunGrain.Subscribe(IRunObserver observer)
    {
        // One turn: the snapshot and the subscription are taken together, so nothing falls between them.
        var info = _info ?? throw new InvalidOperationException($"Run '{RunId}' has no scenario loaded.");
        _observers.Subscribe(observer, observer);
        return Task.FromResult(new RunSnapshot(_status.Seq, info, _status, [.. _recorder!.Ticks]));
    }

    /// <inheritdoc />
    Task IRunGrain.Renew(IRunObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task IRunGrain.Unsubscribe(IRunObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task<ImmutableArray<RunUpdate>> IRunGrain.GetUpdates(long afterSeq, int max)
    {
        // Sequence numbers start at 1 and index the list directly.
        var from = (int)Math.Clamp(afterSeq, 0, _updates.Count);
        var count = Math.Clamp(max, 0, _updates.Count - from);
        return Task.FromResult(_updates.GetRange(from, count).ToImmutableArray());
    }

    /// <summary>Records a new status (and the tick that led to it) as the next update, and pushes it.</summary>
    private void Publish(RunStatus status, TickRecord? tick)
    {
        _status = status with { Seq = _updates.Count + 1 };
        var update = new RunUpdate(_status.Seq, _status, tick);
        _updates.Add(update);
        if (_info is { } info)
        {
            _telemetry.Track(RunId, info.ScenarioId, _status, _gpusOnline);
        }

        _observers.Notify(o => o.OnUpdate(update));
    }
}
