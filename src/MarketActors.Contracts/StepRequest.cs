using System.Collections.Immutable;
using MarketActors.Domain.Messages;

namespace MarketActors.Contracts;

/// <summary>The coordinator's order to an actor: apply your inbox for this superstep.</summary>
/// <param name="Tick">The tick's index.</param>
/// <param name="At">The tick's virtual date.</param>
/// <param name="Step">The superstep.</param>
/// <param name="Seeded">Scheduled events delivered with the order (superstep 0 only).</param>
[GenerateSerializer, Immutable, Alias("ma.step-request")]
public sealed record StepRequest(
    [property: Id(0)] int Tick,
    [property: Id(1)] DateOnly At,
    [property: Id(2)] int Step,
    [property: Id(3)] ImmutableArray<Message> Seeded);
