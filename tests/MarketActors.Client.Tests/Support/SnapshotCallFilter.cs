using MarketActors.Contracts;

namespace MarketActors.Client.Tests.Support;

/// <summary>Tells a run's <see cref="TickGate"/> when its coordinator asks an actor for its books.</summary>
public sealed class SnapshotCallFilter : IOutgoingGrainCallFilter
{
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.MethodName == nameof(IActorGrain.GetSnapshot) && context.InterfaceName.Contains(nameof(IActorGrain), StringComparison.Ordinal))
        {
            TickGate.AskingSnapshot(GrainKeys.ParseActor(context.TargetId.Key.ToString()!).RunId);
        }

        return context.Invoke();
    }
}
