using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using Orleans.Concurrency;

namespace MarketActors.Contracts;

/// <summary>
/// The coordinator of one run (key: the run id). It counts barriers and paces ticks; the actors do the work.
/// Clients load a scenario into it, control it, query it and subscribe to its live feed.
/// </summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Validates and compiles a scenario on the silo and loads it; the run is then ready.</summary>
    Task<LoadResult> Load(ScenarioSource source);

    /// <summary>Loads a plan compiled elsewhere; the run is then ready.</summary>
    Task<RunInfo> LoadPlan(RunPlan plan, string source);

    /// <summary>Starts a ready run; it applies ticks in the background at its pace.</summary>
    Task<RunStatus> Start();

    /// <summary>Pauses a running run after the tick it is applying.</summary>
    Task<RunStatus> Pause();

    /// <summary>Resumes a paused run.</summary>
    Task<RunStatus> Resume();

    /// <summary>Applies exactly one tick of a ready or paused run, then leaves it paused (or completed).</summary>
    Task<RunStatus> Step();

    /// <summary>Sets how fast the run goes from now on.</summary>
    Task<RunStatus> SetPace(Pace pace);

    /// <summary>Stops the run for good after the tick it is applying; what was applied stays queryable.</summary>
    Task<RunStatus> Stop();

    /// <summary>The run's progress.</summary>
    [AlwaysInterleave]
    Task<RunStatus> GetStatus();

    /// <summary>What the run is.</summary>
    [AlwaysInterleave]
    Task<RunInfo?> GetInfo();

    /// <summary>The run's world: its actors, people and catalog. Actors fetch it on activation.</summary>
    [AlwaysInterleave]
    Task<World> GetWorld();

    /// <summary>The run's plan (its world and schedule of events), for clients that build reports of it.</summary>
    [AlwaysInterleave]
    Task<RunPlan> GetPlan();

    /// <summary>
    /// Subscribes to the live feed (the feed's calls interleave with long commands such as a step, so that a
    /// subscriber is never held up by one). The snapshot and the subscription are taken together, so the observer
    /// receives exactly the updates after <see cref="RunSnapshot.Seq"/>. Subscribing again renews the
    /// subscription, which otherwise lapses after a few minutes.
    /// </summary>
    [AlwaysInterleave]
    Task<RunSnapshot> Subscribe(IRunObserver observer);

    /// <summary>Renews a subscription without a new snapshot.</summary>
    [AlwaysInterleave]
    Task Renew(IRunObserver observer);

    /// <summary>Ends a subscription.</summary>
    [AlwaysInterleave]
    Task Unsubscribe(IRunObserver observer);

    /// <summary>The updates after <paramref name="afterSeq"/>, at most <paramref name="max"/>: how a subscriber fills a gap.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<RunUpdate>> GetUpdates(long afterSeq, int max);

    /// <summary>Every value a metric of an actor took, by date.</summary>
    Task<ImmutableArray<SeriesPoint>> GetSeries(ActorId actor, string metric);

    /// <summary>
    /// An actor as of the end of a date (the last tick applied when null); with its whole books when the date is the
    /// last tick applied and no tick is in flight.
    /// </summary>
    Task<ActorView> GetActor(ActorId actor, DateOnly? at);

    /// <summary>The outputs of a completed or stopped run.</summary>
    Task<RunOutput> GetOutput();
}
