using System.Collections.Immutable;

namespace MarketActors.Domain.Events;

/// <summary>
/// A revision of an event's figures, disclosed after the event: the figures it changed, when it became known, who
/// said so, and the event as it stood before it, so that a view of the story as known at an earlier date can put
/// it back (<see cref="Engine.RunPlan.AsKnownAt"/>).
/// </summary>
/// <param name="At">The date of the figure-revised event that disclosed it.</param>
/// <param name="Known">When it became known.</param>
/// <param name="Id">The id of the figure-revised event, if it has one.</param>
/// <param name="Sources">The sources of the revision.</param>
/// <param name="Figures">The figures it changed, before and after.</param>
/// <param name="Replaced">The event as it stood before this revision.</param>
[GenerateSerializer, Immutable, Alias("ma.figure-revision")]
public sealed record FigureRevision(
    [property: Id(0)] DateOnly At,
    [property: Id(1)] DateOnly Known,
    [property: Id(2)] string? Id,
    [property: Id(3)] ImmutableArray<string> Sources,
    [property: Id(4)] ImmutableArray<RevisedFigure> Figures,
    [property: Id(5)] MarketEvent Replaced);
