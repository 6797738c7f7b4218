using MarketActors.Domain.Events;

namespace MarketActors.Scenarios.Format;

/// <summary>An event that another event names by its id, as links see it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="At">When it happened.</param>
/// <param name="Type">Its type's name in files.</param>
/// <param name="Body">The event.</param>
/// <param name="Known">When it became known (its date, unless it says known: later).</param>
public sealed record LinkedEvent(string Id, DateOnly At, string Type, MarketEvent Body, DateOnly Known);
