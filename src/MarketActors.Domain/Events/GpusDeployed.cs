using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// GPUs of one model moved forward at a site: to under construction, or online. They come out of the site's
/// plan (under construction first); GPUs beyond the plan enlarge it.
/// </summary>
/// <param name="Site">The project or company holding the GPUs.</param>
/// <param name="Gpu">The catalog model, or <see cref="GpuModel.Unstated"/> when no source gives it.</param>
/// <param name="Count">How many.</param>
/// <param name="Status">The status they reach.</param>
[GenerateSerializer, Immutable, Alias("ma.gpus-deployed")]
public sealed record GpusDeployed(
    [property: Id(0)] ActorId Site,
    [property: Id(1)] string Gpu,
    [property: Id(2)] Figure Count,
    [property: Id(3)] GpuStatus Status) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Site;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Site];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Site)}: {Say.Gpus(Count, Gpu)} "
        + (Status == GpuStatus.Online ? "online" : "under construction");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Count = map("count", Count) };
    }
}
