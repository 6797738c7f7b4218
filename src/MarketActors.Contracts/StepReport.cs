using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;

namespace MarketActors.Contracts;

/// <summary>An actor's answer to a <see cref="StepRequest"/>: what it applied and whom it sent messages to.</summary>
/// <param name="Applied">What each message did to its books.</param>
/// <param name="SentTo">The actors it delivered messages to, for the next superstep.</param>
[GenerateSerializer, Immutable, Alias("ma.step-report")]
public sealed record StepReport([property: Id(0)] ImmutableArray<AppliedMessage> Applied, [property: Id(1)] ImmutableArray<ActorId> SentTo);
