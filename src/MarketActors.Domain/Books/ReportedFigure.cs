namespace MarketActors.Domain.Books;

/// <summary>A figure a source reported for an actor, and the day it holds for.</summary>
/// <param name="At">The day of the report.</param>
/// <param name="Value">The figure, in cents.</param>
[GenerateSerializer, Immutable, Alias("ma.reported-figure")]
public readonly record struct ReportedFigure([property: Id(0)] DateOnly At, [property: Id(1)] decimal Value);
