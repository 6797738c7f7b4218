using MarketActors.Domain.Actors;

namespace MarketActors.Contracts;

/// <summary>Typed access to a run's grains from any grain factory (a client, a silo, a test cluster).</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The coordinator of a run.</summary>
    public static IRunGrain Run(this IGrainFactory factory, string runId) => factory.GetGrain<IRunGrain>(runId);

    /// <summary>An actor of a run.</summary>
    public static IActorGrain Actor(this IGrainFactory factory, string runId, ActorId actor) =>
        factory.GetGrain<IActorGrain>(GrainKeys.Actor(runId, actor));
}
