using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A project said how many jobs it will create.</summary>
/// <param name="Project">The project.</param>
/// <param name="Count">How many jobs ("100k+" for "hundreds of thousands").</param>
[GenerateSerializer, Immutable, Alias("ma.jobs-pledged")]
public sealed record JobsPledged([property: Id(0)] ActorId Project, [property: Id(1)] Figure Count) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Project];

    /// <inheritdoc />
    public override string Describe(INameLookup names) => $"{names.NameOf(Project)} pledges {Say.Count(Count)} jobs";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Count = map("count", Count) };
    }
}
