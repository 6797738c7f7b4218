using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Money one party pays another by a ruling: damages, or the sum of a settlement.</summary>
/// <param name="From">Who pays (a defendant).</param>
/// <param name="To">Who is paid (a plaintiff).</param>
/// <param name="Amount">How much.</param>
[GenerateSerializer, Immutable, Alias("ma.payment")]
public sealed record Payment([property: Id(0)] ActorId From, [property: Id(1)] ActorId To, [property: Id(2)] Figure Amount);
