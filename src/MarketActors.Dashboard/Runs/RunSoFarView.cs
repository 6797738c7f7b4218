using MarketActors.Reporting;

namespace MarketActors.Dashboard.Runs;

/// <summary>A run so far and its view.</summary>
/// <param name="State">The ticks and status received.</param>
/// <param name="View">The view of them.</param>
/// <param name="Complete">False when some actors' whole books could not be had (a tick was in flight).</param>
internal sealed record RunSoFarView(RunSoFarState State, RunView View, bool Complete);
