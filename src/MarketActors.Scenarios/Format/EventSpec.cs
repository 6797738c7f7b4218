using System.Collections.Immutable;
using MarketActors.Domain.Events;

namespace MarketActors.Scenarios.Format;

/// <summary>One event type of the scenario format: its fields, how to build the event, and a cross-field check.</summary>
/// <param name="Name">The type's name in files ("funding-announced").</param>
/// <param name="Summary">What it means and what it moves, for the reference.</param>
/// <param name="Fields">Its fields, besides the common ones.</param>
/// <param name="Build">Makes the domain event from checked values.</param>
public sealed record EventSpec(string Name, string Summary, ImmutableArray<FieldSpec> Fields, Func<FieldValues, MarketEvent> Build)
{
    /// <summary>Checks that span fields ("give value or change, not both"); returns the problems with the field to point at.</summary>
    public Func<FieldValues, IEnumerable<(string Field, string Message)>>? Check { get; init; }

    /// <summary>
    /// Completes an event that names others by id, once every event is read (an offer's borrower, for the event that
    /// closes it), and checks that what it names is of the right kind; problems go through the context.
    /// </summary>
    public Func<MarketEvent, LinkContext, MarketEvent>? Link { get; init; }

    /// <summary>
    /// Events this one schedules on later dates (a round's tranches), each with its date, the date as written and the
    /// type name the timeline shows. They run after every written event of their date.
    /// </summary>
    public Func<MarketEvent, string?, IEnumerable<Scheduled>>? Expand { get; init; }

    /// <summary>An example entry for the reference, in YAML.</summary>
    public string Example { get; init; } = string.Empty;
}
