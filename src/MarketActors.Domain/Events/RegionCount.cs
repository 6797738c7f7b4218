namespace MarketActors.Domain.Events;

/// <summary>A count of data centres in one region.</summary>
/// <param name="Region">The region as written.</param>
/// <param name="Count">How many.</param>
[GenerateSerializer, Immutable, Alias("ma.region-count")]
public readonly record struct RegionCount([property: Id(0)] string Region, [property: Id(1)] decimal Count);
