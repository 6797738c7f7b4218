using System.Collections.Immutable;
using System.Threading.Channels;
using MarketActors.Contracts;

namespace MarketActors.Dashboard.Runs;

/// <summary>What a listener gets when it joins a run's feed.</summary>
/// <param name="State">The state so far, up to <see cref="RunSoFarState.Seq"/>.</param>
/// <param name="Resumed">True when the listener resumes after an update it had: it gets <paramref name="Missed"/>, not the state.</param>
/// <param name="Missed">The updates after the one it had, when resumed.</param>
/// <param name="Live">Every later update, in order; null when the feed has ended.</param>
internal sealed record FeedJoin(RunSoFarState State, bool Resumed, ImmutableArray<RunUpdate> Missed, ChannelReader<RunUpdate>? Live);
