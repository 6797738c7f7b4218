using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>GPUs of one model: the whole plan, those under construction and those online.</summary>
/// <param name="Gpu">The catalog model, or <see cref="Actors.GpuModel.Unstated"/> for GPUs whose model no source gives.</param>
/// <param name="Planned">The whole plan, including GPUs under construction and online.</param>
/// <param name="Building">GPUs under construction.</param>
/// <param name="Online">GPUs online.</param>
[GenerateSerializer, Immutable, Alias("ma.capacity-line")]
public sealed record CapacityLine([property: Id(0)] string Gpu, [property: Id(1)] decimal Planned, [property: Id(2)] decimal Building, [property: Id(3)] decimal Online)
{
    /// <summary>How the plan is stated when the figures that made it were not all exact (1,000,000+); null when exact.</summary>
    [Id(4)]
    public Figure? PlannedStated { get; init; }

    /// <summary>How the GPUs under construction are stated, when not exact.</summary>
    [Id(5)]
    public Figure? BuildingStated { get; init; }

    /// <summary>How the GPUs online are stated, when not exact.</summary>
    [Id(6)]
    public Figure? OnlineStated { get; init; }

    /// <summary>The plan as stated: exact at <see cref="Planned"/>, or with its qualifier.</summary>
    public Figure PlannedFigure => PlannedStated ?? Figure.Of(Planned);

    /// <summary>The GPUs under construction as stated.</summary>
    public Figure BuildingFigure => BuildingStated ?? Figure.Of(Building);

    /// <summary>The GPUs online as stated.</summary>
    public Figure OnlineFigure => OnlineStated ?? Figure.Of(Online);

    /// <summary>This line with the changes added.</summary>
    public CapacityLine Add(decimal planned, decimal building, decimal online) =>
        this with { Planned = Planned + planned, Building = Building + building, Online = Online + online };
}
