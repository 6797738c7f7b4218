namespace MarketActors.Domain.Books;

/// <summary>GPUs of one model: the whole plan, those under construction and those online.</summary>
/// <param name="Gpu">The catalog model.</param>
/// <param name="Planned">The whole plan, including GPUs under construction and online.</param>
/// <param name="Building">GPUs under construction.</param>
/// <param name="Online">GPUs online.</param>
[GenerateSerializer, Immutable, Alias("ma.capacity-line")]
public sealed record CapacityLine([property: Id(0)] string Gpu, [property: Id(1)] decimal Planned, [property: Id(2)] decimal Building, [property: Id(3)] decimal Online)
{
    /// <summary>This line with the changes added.</summary>
    public CapacityLine Add(decimal planned, decimal building, decimal online) =>
        this with { Planned = Planned + planned, Building = Building + building, Online = Online + online };
}
