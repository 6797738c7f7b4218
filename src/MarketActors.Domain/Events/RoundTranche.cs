using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A dated part of a round investor's commitment. With a condition, it pays <see cref="Amount"/> only if the condition
/// is met by its date; otherwise it pays <see cref="IfUnmet"/> (nothing when absent: it lapses).
/// </summary>
/// <param name="Investor">Who pays it.</param>
/// <param name="Amount">How much, when it pays in full.</param>
/// <param name="At">When it is due, which is also the condition's deadline.</param>
/// <param name="DateLabel">The date as written.</param>
/// <param name="Condition">A kebab-case name of the condition it depends on, if any.</param>
/// <param name="IfUnmet">What it pays if the condition is not met by its date; null when it then lapses.</param>
[GenerateSerializer, Immutable, Alias("ma.round-tranche")]
public sealed record RoundTranche(
    [property: Id(0)] ActorId Investor,
    [property: Id(1)] Figure Amount,
    [property: Id(2)] DateOnly At,
    [property: Id(3)] string DateLabel,
    [property: Id(4)] string? Condition,
    [property: Id(5)] Figure? IfUnmet);
