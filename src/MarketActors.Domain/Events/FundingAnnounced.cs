using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A project announced how much capital it will raise, optionally over a horizon.</summary>
/// <param name="Project">The project.</param>
/// <param name="Total">The headline amount.</param>
/// <param name="Horizon">Over how long, as written ("4y"), if stated.</param>
/// <param name="FirstTranche">The first tranche, counted as pledged, if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.funding-announced")]
public sealed record FundingAnnounced(
    [property: Id(0)] ActorId Project,
    [property: Id(1)] Figure Total,
    [property: Id(2)] string? Horizon,
    [property: Id(3)] Figure? FirstTranche) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Project];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Project)} announces {Say.Money(Total)}"
        + (Horizon is null ? string.Empty : $" over {Horizon}")
        + (FirstTranche is { } first ? $", first tranche {Say.Money(first)}" : string.Empty);

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Total = map("total", Total), FirstTranche = FirstTranche is { } firstTranche ? map("first-tranche", firstTranche) : null };
    }
}
