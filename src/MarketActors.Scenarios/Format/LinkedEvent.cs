using MarketActors.Domain.Events;

namespace MarketActors.Scenarios.Format;

/// <summary>An event that another event names by its id, as links see it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="At">When it happened.</param>
/// <param name="Type">Its type's name in files.</param>
/// <param name="Body">The event.</param>
public sealed record LinkedEvent(string Id, DateOnly At, string Type, MarketEvent Body);
