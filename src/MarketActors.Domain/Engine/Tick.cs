using System.Collections.Immutable;
using MarketActors.Domain.Events;

namespace MarketActors.Domain.Engine;

/// <summary>One distinct date of a run and the events scheduled on it, in schedule order.</summary>
/// <param name="Index">The tick's position in the run (0-based).</param>
/// <param name="At">The virtual date.</param>
/// <param name="Events">The events, in schedule order.</param>
[GenerateSerializer, Immutable, Alias("ma.tick")]
public sealed record Tick([property: Id(0)] int Index, [property: Id(1)] DateOnly At, [property: Id(2)] ImmutableArray<ScheduledEvent> Events);
