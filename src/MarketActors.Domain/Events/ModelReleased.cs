using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A company released a model.</summary>
/// <param name="Company">Who released it.</param>
/// <param name="Model">The model's name.</param>
/// <param name="TrainingCost">What training it cost, if reported.</param>
/// <param name="OpenWeights">Whether its weights are open, if stated.</param>
/// <param name="ComparesTo">What it is said to match ("OpenAI o1"), if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.model-released")]
public sealed record ModelReleased(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] string Model,
    [property: Id(2)] Figure? TrainingCost,
    [property: Id(3)] bool? OpenWeights,
    [property: Id(4)] string? ComparesTo) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Company)} releases {Model}"
        + (OpenWeights == true ? " (open weights)" : string.Empty)
        + (TrainingCost is { } cost ? $", trained for {Say.Money(cost)}" : string.Empty)
        + (ComparesTo is null ? string.Empty : $", comparable to {ComparesTo}");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { TrainingCost = TrainingCost is { } trainingCost ? map("training-cost", trainingCost) : null };
    }
}
