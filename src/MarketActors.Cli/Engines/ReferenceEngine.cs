using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Cli.Engines;

/// <summary>The sequential reference replayer, no Orleans.</summary>
public sealed class ReferenceEngine : IReplayEngine
{
    /// <inheritdoc />
    public string Description => "the reference replayer (sequential, no Orleans)";

    /// <inheritdoc />
    public Task<RunOutput> ReplayAsync(RunPlan plan, IProgress<(int Done, int Total)> progress, CancellationToken cancellationToken)
    {
        var total = plan.Ticks().Length;
        var output = ReferenceReplayer.Replay(plan, new Progress<TickRecord>(t => progress.Report((t.Index + 1, total))), cancellationToken);
        return Task.FromResult(output);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
