using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A project called capital from a backer, who paid it in cash.</summary>
/// <param name="Project">The project.</param>
/// <param name="By">The backer who pays.</param>
/// <param name="Amount">The amount paid.</param>
[GenerateSerializer, Immutable, Alias("ma.capital-called")]
public sealed record CapitalCalled(
    [property: Id(0)] ActorId Project,
    [property: Id(1)] ActorId By,
    [property: Id(2)] Figure Amount) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Project, By];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(By)} pays {Say.Money(Amount)} into {names.NameOf(Project)}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Amount = map("amount", Amount) };
    }
}
