using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>A site's power of its own, in megawatts: the whole plan, what is under construction and what is online.</summary>
/// <param name="Planned">The whole plan, including power under construction and online.</param>
/// <param name="Building">Power under construction.</param>
/// <param name="Online">Power online.</param>
[GenerateSerializer, Immutable, Alias("ma.power-line")]
public sealed record PowerLine([property: Id(0)] decimal Planned, [property: Id(1)] decimal Building, [property: Id(2)] decimal Online)
{
    /// <summary>How the plan is stated when the figures that made it were not all exact (~1.2 GW); null when exact.</summary>
    [Id(3)]
    public Figure? PlannedStated { get; init; }

    /// <summary>How the power under construction is stated, when not exact.</summary>
    [Id(4)]
    public Figure? BuildingStated { get; init; }

    /// <summary>How the power online is stated, when not exact.</summary>
    [Id(5)]
    public Figure? OnlineStated { get; init; }

    /// <summary>The plan as stated.</summary>
    public Figure PlannedFigure => PlannedStated ?? Figure.Of(Planned);

    /// <summary>The power under construction as stated.</summary>
    public Figure BuildingFigure => BuildingStated ?? Figure.Of(Building);

    /// <summary>The power online as stated.</summary>
    public Figure OnlineFigure => OnlineStated ?? Figure.Of(Online);
}
