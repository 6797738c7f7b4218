using MarketActors.Client;
using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Engine.Tests;

/// <summary>Runs plans on a cluster and waits for them on their live feed, with a deadline so that a stuck run fails instead of hanging.</summary>
internal static class GrainRuns
{
    private static int _next;

    public static string NewRunId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next)}";

    public static async Task<RunOutput> Replay(IClusterClient cluster, RunPlan plan, string? runId = null)
    {
        var run = cluster.Run(runId ?? NewRunId(plan.World.ScenarioId));
        await run.LoadPlan(plan, "test");
        await run.Start();
        var status = await WaitFinished(cluster, run.GetPrimaryKeyString());
        Assert.True(status.State == RunState.Completed, $"run failed: {status.Error}");
        return await run.GetOutput();
    }

    public static async Task<RunStatus> WaitFinished(IClusterClient cluster, string runId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await new MarketActorsClient(cluster).Run(runId).WaitAsync(cancellationToken: deadline.Token);
    }
}
