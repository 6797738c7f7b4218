using MarketActors.Domain.Events;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>
/// Capacity on its way online, GPUs of one model or power: the whole plan (including what is under construction and
/// online), what is under construction, and what is online, each with the qualifiers of the figures that made it.
/// </summary>
/// <param name="Planned">The whole plan.</param>
/// <param name="Building">Under construction.</param>
/// <param name="Online">Online.</param>
internal readonly record struct Stages(Tally Planned, Tally Building, Tally Online)
{
    /// <summary>What has started: under construction or online. A plan cannot be restated below it.</summary>
    public decimal Started => Building.Value + Online.Value;

    /// <summary>A capacity line's stages.</summary>
    public static Stages Of(CapacityLine? line) => line is null
        ? default
        : new(new Tally(line.Planned, line.PlannedStated), new Tally(line.Building, line.BuildingStated), new Tally(line.Online, line.OnlineStated));

    /// <summary>A power line's stages.</summary>
    public static Stages Of(PowerLine? line) => line is null
        ? default
        : new(new Tally(line.Planned, line.PlannedStated), new Tally(line.Building, line.BuildingStated), new Tally(line.Online, line.OnlineStated));

    /// <summary>The plan grows by <paramref name="figure"/>.</summary>
    public Stages Plan(Figure figure) => this with { Planned = Planned.Plus(figure) };

    /// <summary>
    /// <paramref name="figure"/> moves forward: online ones come from what is under construction first, then from the
    /// part of the plan not yet started; under construction ones from the part not started. Any beyond the plan enlarge
    /// it, stated as the deployment was.
    /// </summary>
    public Stages Deploy(Figure figure, GpuStatus status)
    {
        var count = figure.Point;
        var notStarted = Math.Max(0m, Planned.Value - Started);
        if (status == GpuStatus.Online)
        {
            var fromBuilding = Math.Min(count, Building.Value);
            var fromPlan = Math.Min(count - fromBuilding, notStarted);
            var beyond = count - fromBuilding - fromPlan;
            return new(Planned.Plus(figure, beyond), Building.Less(fromBuilding), Online.Plus(figure));
        }

        var beyondPlan = count - Math.Min(count, notStarted);
        return this with { Planned = Planned.Plus(figure, beyondPlan), Building = Building.Plus(figure) };
    }

    /// <summary>The plan becomes <paramref name="figure"/>, as stated; the caller has checked it covers what has started.</summary>
    public Stages Restate(Figure figure) => this with { Planned = Tally.Of(figure.Point, figure) };

    /// <summary>The stages as a line of a GPU model.</summary>
    public CapacityLine ToLine(string gpu) => new(gpu, Planned.Value, Building.Value, Online.Value)
    {
        PlannedStated = Planned.Stated,
        BuildingStated = Building.Stated,
        OnlineStated = Online.Stated,
    };

    /// <summary>The stages as a power line.</summary>
    public PowerLine ToPower() => new(Planned.Value, Building.Value, Online.Value)
    {
        PlannedStated = Planned.Stated,
        BuildingStated = Building.Stated,
        OnlineStated = Online.Stated,
    };

    /// <summary>These stages with another's added, stage by stage, qualifiers and all.</summary>
    public Stages Plus(Stages other) => new(Planned.Plus(other.Planned), Building.Plus(other.Building), Online.Plus(other.Online));
}
