using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// An actor's net worth was reported. The books are reconciled to it: the gap between the reported figure and
/// the net worth the scenario explains is booked as other holdings, marked with this event as its cause.
/// </summary>
/// <param name="Actor">Whose net worth.</param>
/// <param name="Value">The reported figure.</param>
/// <param name="By">Who reported it, if named.</param>
[GenerateSerializer, Immutable, Alias("ma.net-worth-reported")]
public sealed record NetWorthReported(
    [property: Id(0)] ActorId Actor,
    [property: Id(1)] Figure Value,
    [property: Id(2)] string? By) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Actor;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Actor];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Actor)}'s net worth reported at {Say.Money(Value)}"
        + (By is null ? string.Empty : $" by {names.NameOfParty(By)}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Value = map("value", Value) };
    }
}
