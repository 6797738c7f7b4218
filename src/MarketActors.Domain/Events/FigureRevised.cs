using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>
/// Figures of an earlier event were revised: a cost disclosed months later, a deal's size corrected. The revision
/// does not move anything on its own date: the plan applies it to the event it names, from that event's date (see
/// <see cref="ScheduledEvent.Revisions"/>), and on its own date the subject keeps a record of it.
/// </summary>
/// <param name="Subject">The actor whose books hold the event revised (its primary actor); set from the event named.</param>
/// <param name="Event">The id of the event revised.</param>
/// <param name="Effective">The date of the event revised, from which the new figures count; set from the event named.</param>
/// <param name="Figures">The figures revised, before and after; set when the revision is applied.</param>
[GenerateSerializer, Immutable, Alias("ma.figure-revised")]
public sealed record FigureRevised(
    [property: Id(0)] ActorId Subject,
    [property: Id(1)] string Event,
    [property: Id(2)] DateOnly Effective,
    [property: Id(3)] ImmutableArray<RevisedFigure> Figures) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Subject;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Subject];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Subject)}: figures of {Event} revised from {Effective:yyyy-MM-dd}: "
        + string.Join("; ", (Figures.IsDefault ? [] : Figures).Select(f => $"{f.Field} {f.Render(f.Before)} → {f.Render(f.After)}"));
}
