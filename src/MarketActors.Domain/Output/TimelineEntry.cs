using System.Collections.Immutable;

namespace MarketActors.Domain.Output;

/// <summary>One event of a run as a reader sees it: when, what, why (its sources) and what it moved.</summary>
/// <param name="Seq">Its position in the schedule.</param>
/// <param name="At">The virtual date.</param>
/// <param name="DateLabel">The date as the scenario wrote it.</param>
/// <param name="Type">The event type.</param>
/// <param name="Id">The scenario's id for it, if any.</param>
/// <param name="Description">One line in the reader's words.</param>
/// <param name="Sources">The sources it cites.</param>
/// <param name="Note">The analyst's note, if any.</param>
/// <param name="Deltas">What it moved, by actor then metric.</param>
[GenerateSerializer, Immutable, Alias("ma.timeline-entry")]
public sealed record TimelineEntry(
    [property: Id(0)] int Seq,
    [property: Id(1)] DateOnly At,
    [property: Id(2)] string DateLabel,
    [property: Id(3)] string Type,
    [property: Id(4)] string? Id,
    [property: Id(5)] string Description,
    [property: Id(6)] ImmutableArray<string> Sources,
    [property: Id(7)] string? Note,
    [property: Id(8)] ImmutableArray<ActorDelta> Deltas);
