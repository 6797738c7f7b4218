using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Cli.Engines;

/// <summary>Something that replays a plan: the grain engine, or the reference replayer.</summary>
public interface IReplayEngine : IAsyncDisposable
{
    /// <summary>A name for the reader ("grains on an embedded silo").</summary>
    string Description { get; }

    /// <summary>Replays a plan, reporting progress as ticks done out of ticks in all.</summary>
    Task<RunOutput> ReplayAsync(RunPlan plan, IProgress<(int Done, int Total)> progress, CancellationToken cancellationToken);
}
