using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Output;

/// <summary>What one event did to one metric of one actor, summed over its cascade.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Change">The change the event caused.</param>
/// <param name="After">The metric's value after the event's last touch.</param>
[GenerateSerializer, Immutable, Alias("ma.actor-delta")]
public sealed record ActorDelta([property: Id(0)] ActorId Actor, [property: Id(1)] string Metric, [property: Id(2)] decimal Change, [property: Id(3)] decimal After)
{
    /// <summary>How the value after is stated when the figures that made it were not all exact (1,000,000+); null when exact.</summary>
    [Id(4)]
    public Values.Figure? Stated { get; init; }
}
