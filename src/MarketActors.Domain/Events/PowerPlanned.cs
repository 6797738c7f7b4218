using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A site added power of its own to its plan, in megawatts, apart from the watts of any GPUs.</summary>
/// <param name="Site">The project or company whose power it is.</param>
/// <param name="Power">How much, in megawatts (1.2 GW is 1,200).</param>
/// <param name="OnlineBy">When it is due, as written, if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.power-planned")]
public sealed record PowerPlanned(
    [property: Id(0)] ActorId Site,
    [property: Id(1)] Figure Power,
    [property: Id(2)] string? OnlineBy) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Site;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Site];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Site)} plans {Say.Power(Power)} of power"
        + (OnlineBy is null ? string.Empty : $" by {OnlineBy}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Power = map("power", Power) };
    }
}
