using System.Collections.Immutable;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Engine;

/// <summary>What one actor did in one superstep.</summary>
/// <param name="Applied">Each message applied, in inbox order.</param>
/// <param name="Outgoing">The messages it sends for the next superstep, keyed.</param>
public sealed record StepOutcome(ImmutableArray<AppliedMessage> Applied, ImmutableArray<Message> Outgoing);
