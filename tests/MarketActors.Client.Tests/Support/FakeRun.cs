using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Client.Tests.Support;

/// <summary>
/// A run coordinator with a scripted feed: a snapshot, then updates the test makes "published" one by one. It
/// serves only what a subscription calls, and records which updates were fetched from it.
/// </summary>
internal sealed class FakeRun : IRunGrain
{
    private readonly Lock _lock = new();
    private readonly RunSnapshot _snapshot;
    private readonly List<RunUpdate> _updates;
    private readonly List<long> _fetched = [];
    private long _published;

    public FakeRun(RunSnapshot snapshot, IEnumerable<RunUpdate> later)
    {
        _snapshot = snapshot;
        _updates = [.. later];
        _published = snapshot.Seq;
    }

    /// <summary>Thrown by <see cref="IRunGrain.Subscribe"/>, when set.</summary>
    public Exception? SubscribeFails { get; set; }

    /// <summary>Thrown by <see cref="IRunGrain.GetUpdates"/>, when set.</summary>
    public Exception? FetchFails { get; set; }

    public int Unsubscribed { get; private set; }

    public int Renewals { get; private set; }

    /// <summary>The sequence numbers of every update fetched, in the order they were.</summary>
    public IReadOnlyList<long> Fetched
    {
        get
        {
            lock (_lock)
            {
                return [.. _fetched];
            }
        }
    }

    /// <summary>A story: a snapshot at <paramref name="snapshotSeq"/>, then updates up to <paramref name="lastSeq"/>, the last completing the run.</summary>
    public static FakeRun Story(long snapshotSeq, long lastSeq)
    {
        var info = new RunInfo("fake", "fake", "Fake", "fake.yaml", 0, 1, 0, 0, null, null, 1);
        var running = RunStatus.Empty with { State = RunState.Running, Seq = snapshotSeq };
        var later = Enumerable.Range(1, (int)(lastSeq - snapshotSeq))
            .Select(i => snapshotSeq + i)
            .Select(seq => new RunUpdate(seq, running with { Seq = seq, State = seq == lastSeq ? RunState.Completed : RunState.Running }, null));
        return new FakeRun(new RunSnapshot(snapshotSeq, info, running, []), later);
    }

    /// <summary>The update with a sequence number, as the run would push it.</summary>
    public RunUpdate Update(long seq) => _updates.Single(u => u.Seq == seq);

    /// <summary>Makes every update up to <paramref name="seq"/> exist in the run, for fetching.</summary>
    public RunUpdate Publish(long seq)
    {
        lock (_lock)
        {
            _published = Math.Max(_published, seq);
        }

        return Update(seq);
    }

    Task<RunSnapshot> IRunGrain.Subscribe(IRunObserver observer) => SubscribeFails is { } fails ? Task.FromException<RunSnapshot>(fails) : Task.FromResult(_snapshot);

    Task IRunGrain.Renew(IRunObserver observer)
    {
        Renewals++;
        return Task.CompletedTask;
    }

    Task IRunGrain.Unsubscribe(IRunObserver observer)
    {
        Unsubscribed++;
        return Task.CompletedTask;
    }

    Task<ImmutableArray<RunUpdate>> IRunGrain.GetUpdates(long afterSeq, int max)
    {
        if (FetchFails is { } fails)
        {
            return Task.FromException<ImmutableArray<RunUpdate>>(fails);
        }

        lock (_lock)
        {
            var updates = _updates.Where(u => u.Seq > afterSeq && u.Seq <= _published).Take(max).ToImmutableArray();
            _fetched.AddRange(updates.Select(u => u.Seq));
            return Task.FromResult(updates);
        }
    }

    Task<LoadResult> IRunGrain.Load(ScenarioSource source) => throw new NotSupportedException();

    Task<RunInfo> IRunGrain.LoadPlan(RunPlan plan, string source) => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.Start() => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.Pause() => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.Resume() => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.Step() => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.SetPace(Pace pace) => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.Stop() => throw new NotSupportedException();

    Task<RunStatus> IRunGrain.GetStatus() => throw new NotSupportedException();

    Task<RunInfo?> IRunGrain.GetInfo() => throw new NotSupportedException();

    Task<World> IRunGrain.GetWorld() => throw new NotSupportedException();

    Task<RunPlan> IRunGrain.GetPlan() => throw new NotSupportedException();

    Task<ImmutableArray<SeriesPoint>> IRunGrain.GetSeries(ActorId actor, string metric) => throw new NotSupportedException();

    Task<ActorView> IRunGrain.GetActor(ActorId actor, DateOnly? at) => throw new NotSupportedException();

    Task<RunOutput> IRunGrain.GetOutput() => throw new NotSupportedException();
}
