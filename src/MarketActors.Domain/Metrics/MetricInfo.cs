namespace MarketActors.Domain.Metrics;

/// <summary>What a metric measures.</summary>
/// <param name="Name">The metric's name in series and timelines.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Description">One line for the reader.</param>
public sealed record MetricInfo(string Name, MetricUnit Unit, string Description);
