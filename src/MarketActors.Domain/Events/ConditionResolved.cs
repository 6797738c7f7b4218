using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>A condition of a round's tranches was met, or was found not to be; tranches due later pay accordingly.</summary>
/// <param name="Company">The company of the round; set from the round named.</param>
/// <param name="Round">The round's id.</param>
/// <param name="Condition">The condition's kebab-case name, as its tranches give it.</param>
/// <param name="Met">True when it was met.</param>
[GenerateSerializer, Immutable, Alias("ma.condition-resolved")]
public sealed record ConditionResolved(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] string Round,
    [property: Id(2)] string Condition,
    [property: Id(3)] bool Met) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Company)}: {Condition} {(Met ? "is met" : "is not met")} ({Round})";
}
