using System.Collections.Immutable;

namespace MarketActors.Domain.Events;

/// <summary>An event in a run's schedule, with what a reader needs to trace it to its source.</summary>
/// <param name="Seq">
/// Its position in the schedule as compiled (0-based): events are ordered by date, then as written. A view of the story
/// as known at a date leaves out what was not known yet, and keeps the positions of the rest.
/// </param>
/// <param name="At">The virtual date it happens.</param>
/// <param name="DateLabel">The date as written ("2025-01", "mid-2026").</param>
/// <param name="Id">The id the scenario gives it, if any.</param>
/// <param name="Type">The scenario's name for its type ("funding-announced").</param>
/// <param name="Sources">The sources it cites ("herald#F01").</param>
/// <param name="Note">The analyst's note, if any.</param>
/// <param name="Body">The event itself.</param>
[GenerateSerializer, Immutable, Alias("ma.scheduled-event")]
public sealed record ScheduledEvent(
    [property: Id(0)] int Seq,
    [property: Id(1)] DateOnly At,
    [property: Id(2)] string DateLabel,
    [property: Id(3)] string? Id,
    [property: Id(4)] string Type,
    [property: Id(5)] ImmutableArray<string> Sources,
    [property: Id(6)] string? Note,
    [property: Id(7)] MarketEvent Body)
{
    /// <summary>When it became known, when that is later than <see cref="At"/> (a deal disclosed months after it closed).</summary>
    [Id(8)]
    public DateOnly? Known { get; init; }

    /// <summary>How later events name it: its id, or <c>#</c> and its schedule position.</summary>
    public string Key => KeyOf(Id, Seq);

    /// <summary>How later events name the event with this <paramref name="id"/> (if any) at schedule position <paramref name="seq"/>.</summary>
    public static string KeyOf(string? id, int seq) => id ?? "#" + seq.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>When it became known: <see cref="Known"/>, or its own date.</summary>
    public DateOnly KnownOn => Known ?? At;

    /// <summary>
    /// The revisions of its figures that this view of the story applies, in the order they became known:
    /// <see cref="Body"/> carries the figures as the last of them revised them.
    /// </summary>
    [Id(9)]
    public ImmutableArray<FigureRevision> Revisions { get; init; } = [];
}
