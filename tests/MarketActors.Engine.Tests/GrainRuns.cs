using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Engine.Tests;

/// <summary>Runs plans on a cluster and waits for them, with a deadline so that a stuck run fails instead of hanging.</summary>
internal static class GrainRuns
{
    private static int _next;

    public static string NewRunId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next)}";

    public static async Task<RunOutput> Replay(IGrainFactory grains, RunPlan plan, string? runId = null)
    {
        var run = grains.Run(runId ?? NewRunId(plan.World.ScenarioId));
        await run.LoadPlan(plan, "test");
        await run.Start();
        var status = await WaitFinished(run);
        Assert.True(status.State == RunState.Completed, $"run failed: {status.Error}");
        return await run.GetOutput();
    }

    public static async Task<RunStatus> WaitFinished(IRunGrain run)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var status = await run.GetStatus();
            if (status.IsFinished)
            {
                return status;
            }

            // A polling interval, not a timing assertion: the deadline only turns a hang into a failure.
            await Task.Delay(10, deadline.Token);
        }
    }
}
