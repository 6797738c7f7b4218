using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Capital was committed (legally) to a project.</summary>
/// <param name="Project">The project.</param>
/// <param name="Amount">The amount committed.</param>
/// <param name="By">The backer, if named.</param>
[GenerateSerializer, Immutable, Alias("ma.funding-committed")]
public sealed record FundingCommitted(
    [property: Id(0)] ActorId Project,
    [property: Id(1)] Figure Amount,
    [property: Id(2)] ActorId? By) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => By is { } by ? [Project, by] : [Project];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{(By is { } by ? names.NameOf(by) + " commits" : "Partners commit")} {Say.Money(Amount)} to {names.NameOf(Project)}";

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Amount = map("amount", Amount) };
    }
}
