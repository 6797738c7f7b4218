using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>One figure of an event as a later revision changed it.</summary>
/// <param name="Field">The field, as scenario files write it (<c>training-cost</c>).</param>
/// <param name="Unit">What the figure counts, for a reader (dollars, a count, a percentage).</param>
/// <param name="Before">The figure before the revision; null when the event did not give it.</param>
/// <param name="After">The figure as revised.</param>
[GenerateSerializer, Immutable, Alias("ma.revised-figure")]
public sealed record RevisedFigure(
    [property: Id(0)] string Field,
    [property: Id(1)] MetricUnit Unit,
    [property: Id(2)] Figure? Before,
    [property: Id(3)] Figure After)
{
    /// <summary>A figure of this field for a reader: "~$5.5M", "90%–95%"; "not given" for none.</summary>
    public string Render(Figure? figure) => figure is { } f ? f.Render(v => Format.Value(v, Unit)) : "not given";
}
