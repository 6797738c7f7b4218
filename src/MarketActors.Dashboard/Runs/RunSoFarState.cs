using System.Collections.Immutable;
using MarketActors.Contracts;
using MarketActors.Domain.Output;

namespace MarketActors.Dashboard.Runs;

/// <summary>A run as the dashboard has received it: every tick so far and the status after the last update.</summary>
/// <param name="Seq">The last update covered.</param>
/// <param name="Info">What the run is.</param>
/// <param name="Status">Its status after that update.</param>
/// <param name="Ticks">Every tick applied, in order.</param>
internal sealed record RunSoFarState(long Seq, RunInfo Info, RunStatus Status, ImmutableArray<TickRecord> Ticks);
