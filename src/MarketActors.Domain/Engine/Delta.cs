namespace MarketActors.Domain.Engine;

/// <summary>A metric of one actor that a message changed.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Before">Its value before the message.</param>
/// <param name="After">Its value after.</param>
[GenerateSerializer, Immutable, Alias("ma.delta")]
public readonly record struct Delta([property: Id(0)] string Metric, [property: Id(1)] decimal Before, [property: Id(2)] decimal After)
{
    /// <summary>How the value after is stated when the figures that made it were not all exact (1,000,000+); null when exact.</summary>
    [Id(3)]
    public Values.Figure? Stated { get; init; }
}
