namespace MarketActors.Contracts;

/// <summary>What a run is: its id, its scenario and its size.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Source">The file the scenario came from, as named when it was loaded.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Actors">How many actors (not counting the outside world).</param>
/// <param name="Events">How many events.</param>
/// <param name="Ticks">How many ticks (distinct dates).</param>
/// <param name="First">The first date, if any event.</param>
/// <param name="Last">The last date, if any event.</param>
/// <param name="Created">The order in which runs were created in the cluster (1, 2, ...).</param>
[GenerateSerializer, Immutable, Alias("ma.run-info")]
public sealed record RunInfo(
    [property: Id(0)] string RunId,
    [property: Id(1)] string ScenarioId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Source,
    [property: Id(4)] long Seed,
    [property: Id(5)] int Actors,
    [property: Id(6)] int Events,
    [property: Id(7)] int Ticks,
    [property: Id(8)] DateOnly? First,
    [property: Id(9)] DateOnly? Last,
    [property: Id(10)] long Created);
