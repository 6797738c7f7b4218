using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A site restated a plan to a new total: its plan of one GPU model (<see cref="Count"/>), or its power plan
/// (<see cref="Power"/>). The total replaces the plan; it cannot go below what is already under construction or online.
/// </summary>
/// <param name="Site">The project or company whose plan it is.</param>
/// <param name="Gpu">The GPU model whose plan is restated (<see cref="GpuModel.Unstated"/> for GPUs of no stated model); null for power.</param>
/// <param name="Count">The new total of GPUs planned; null for power.</param>
/// <param name="Power">The new total of power planned, in megawatts; null for GPUs.</param>
[GenerateSerializer, Immutable, Alias("ma.capacity-restated")]
public sealed record CapacityRestated(
    [property: Id(0)] ActorId Site,
    [property: Id(1)] string? Gpu,
    [property: Id(2)] Figure? Count,
    [property: Id(3)] Figure? Power) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Site;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Site];

    /// <inheritdoc />
    public override string Describe(INameLookup names) => Power is { } power
        ? $"{names.NameOf(Site)} restates its power plan to {Say.Power(power)}"
        : $"{names.NameOf(Site)} restates its plan of {(Gpu == GpuModel.Unstated ? "GPUs of no stated model" : Gpu)} to {Say.Count(Count ?? Figure.Of(0m))}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Count = Count is { } count ? map("count", count) : null,
            Power = Power is { } power ? map("power", power) : null,
        };
    }
}
