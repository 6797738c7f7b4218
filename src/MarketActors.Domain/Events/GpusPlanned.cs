using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A site added GPUs of one model to its plan.</summary>
/// <param name="Site">The project or company holding the GPUs.</param>
/// <param name="Gpu">The catalog model, or <see cref="GpuModel.Unstated"/> when no source gives it.</param>
/// <param name="Count">How many.</param>
/// <param name="OnlineBy">When they are due, as written, if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.gpus-planned")]
public sealed record GpusPlanned(
    [property: Id(0)] ActorId Site,
    [property: Id(1)] string Gpu,
    [property: Id(2)] Figure Count,
    [property: Id(3)] string? OnlineBy) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Site;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Site];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Site)} plans {Say.Gpus(Count, Gpu)}"
        + (OnlineBy is null ? string.Empty : $" by {OnlineBy}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Count = map("count", Count) };
    }
}
