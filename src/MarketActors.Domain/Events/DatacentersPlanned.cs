using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A project set how many data centres it plans, with an optional breakdown by region.</summary>
/// <param name="Project">The project.</param>
/// <param name="Count">The number of data centres planned in all.</param>
/// <param name="Region">Where, if stated ("United States").</param>
/// <param name="Breakdown">Regions within it and their counts ("Texas: 10"), in the order written.</param>
[GenerateSerializer, Immutable, Alias("ma.datacenters-planned")]
public sealed record DatacentersPlanned(
    [property: Id(0)] ActorId Project,
    [property: Id(1)] Figure Count,
    [property: Id(2)] string? Region,
    [property: Id(3)] ImmutableArray<RegionCount> Breakdown) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Project];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Project)} plans {Say.Count(Count)} data centres"
        + (Region is null ? string.Empty : $" in {Region}")
        + (Breakdown.IsDefaultOrEmpty ? string.Empty : $" ({string.Join(", ", Breakdown.Select(b => $"{Metrics.Format.Number(b.Count, 0)} in {b.Region}"))})");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Count = map("count", Count) };
    }
}
