using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Output;

/// <summary>The value of one metric of one actor at the end of a tick in which it changed.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Metric">The metric.</param>
/// <param name="At">The virtual date.</param>
/// <param name="Value">The value.</param>
[GenerateSerializer, Immutable, Alias("ma.series-point")]
public sealed record SeriesPoint([property: Id(0)] ActorId Actor, [property: Id(1)] string Metric, [property: Id(2)] DateOnly At, [property: Id(3)] decimal Value)
{
    /// <summary>
    /// How the value is stated when the figures that made it were not all exact (1,000,000+); null when exact. The value
    /// is the point the rules use; series.csv writes only it, timeline.json keeps this beside each delta.
    /// </summary>
    [Id(4)]
    public Values.Figure? Stated { get; init; }
}
