using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>A project set an expected date for a milestone.</summary>
/// <param name="Project">The project.</param>
/// <param name="Milestone">What is expected ("first data centre operational").</param>
/// <param name="Expected">The expected date.</param>
/// <param name="ExpectedLabel">The expected date as written ("mid-2026").</param>
[GenerateSerializer, Immutable, Alias("ma.milestone-set")]
public sealed record MilestoneSet(
    [property: Id(0)] ActorId Project,
    [property: Id(1)] string Milestone,
    [property: Id(2)] DateOnly Expected,
    [property: Id(3)] string ExpectedLabel) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Project;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Project];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Project)} expects {Milestone} by {ExpectedLabel}";
}
