using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Capital was pledged to a project, by a named backer or by its partners collectively.</summary>
/// <param name="Project">The project.</param>
/// <param name="Amount">The amount pledged.</param>
/// <param name="By">The backer, if named.</param>
/// <param name="Tranche">The tranche's label ("first phase"), if any.</param>
[GenerateSerializer, Immutable, Alias("ma.funding-pledged")]
public sealed record FundingPledged(
    [property: Id(0)] ActorId Project,
    [property: Id(1)] Figure Amount,
    [property: Id(2)] ActorId? By,
    [property: Id(3)] string? Tranche) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => By is { } by ? [Project, by] : [Project];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{(By is { } by ? names.NameOf(by) + " pledges" : "Partners pledge")} {Say.Money(Amount)} to {names.NameOf(Project)}"
        + (Tranche is null ? string.Empty : $" ({Tranche})");

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Amount = map("amount", Amount) };
    }
}
