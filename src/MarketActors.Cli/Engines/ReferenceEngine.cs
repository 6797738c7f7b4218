using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Cli.Engines;

/// <summary>The sequential reference replayer, no Orleans.</summary>
/// <param name="dryRun">
/// A plan already replayed on the reference replayer when it was checked, with its output: a replay of that very plan
/// returns it instead of replaying again.
/// </param>
public sealed class ReferenceEngine((RunPlan Plan, RunOutput Output)? dryRun = null) : IReplayEngine
{
    /// <inheritdoc />
    public string Description => "the reference replayer (sequential, no Orleans)";

    /// <inheritdoc />
    public Task<RunOutput> ReplayAsync(RunPlan plan, IProgress<(int Done, int Total)> progress, CancellationToken cancellationToken)
    {
        var total = plan.Ticks().Length;
        if (dryRun is { } done && ReferenceEquals(done.Plan, plan))
        {
            progress.Report((total, total));
            return Task.FromResult(done.Output);
        }

        var output = ReferenceReplayer.Replay(plan, new Progress<TickRecord>(t => progress.Report((t.Index + 1, total))), cancellationToken: cancellationToken);
        return Task.FromResult(output);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
