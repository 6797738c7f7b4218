using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using Orleans.Concurrency;

namespace MarketActors.Contracts;

/// <summary>
/// The coordinator of one run (key: the run id). It counts barriers and paces ticks; the actors do the work.
/// </summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Loads a plan and starts applying it in the background; returns at once.</summary>
    Task Start(RunPlan plan);

    /// <summary>The run's progress.</summary>
    [AlwaysInterleave]
    Task<RunStatus> GetStatus();

    /// <summary>The run's world: its actors, people and catalog. Actors fetch it on activation.</summary>
    [AlwaysInterleave]
    Task<World> GetWorld();

    /// <summary>The outputs of a completed run.</summary>
    Task<RunOutput> GetOutput();
}
