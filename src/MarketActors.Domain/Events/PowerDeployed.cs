using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// Power of a site's own moved forward: to under construction, or online. It comes out of the site's power plan (under
/// construction first); power beyond the plan enlarges it.
/// </summary>
/// <param name="Site">The project or company whose power it is.</param>
/// <param name="Power">How much, in megawatts.</param>
/// <param name="Status">The status it reaches.</param>
[GenerateSerializer, Immutable, Alias("ma.power-deployed")]
public sealed record PowerDeployed(
    [property: Id(0)] ActorId Site,
    [property: Id(1)] Figure Power,
    [property: Id(2)] GpuStatus Status) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Site;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Site];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Site)}: {Say.Power(Power)} of power " + (Status == GpuStatus.Online ? "online" : "under construction");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Power = map("power", Power) };
    }
}
