using MarketActors.Contracts;

namespace MarketActors.Client.Tests.Support;

/// <summary>Makes an actor's superstep wait at its run's <see cref="TickGate"/>, when the test closed it, and tells the gate what its coordinator receives.</summary>
public sealed class TickGateFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is IActorGrain && context.MethodName == nameof(IActorGrain.RunSuperstep))
        {
            var (runId, _) = GrainKeys.ParseActor(context.TargetId.Key.ToString()!);
            await TickGate.Pass(runId);
        }
        else if (context.Grain is IRunGrain)
        {
            TickGate.Receiving(context.TargetId.Key.ToString()!, context.MethodName);
        }

        await context.Invoke();
    }
}
