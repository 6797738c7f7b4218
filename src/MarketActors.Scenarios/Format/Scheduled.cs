using MarketActors.Domain.Events;

namespace MarketActors.Scenarios.Format;

/// <summary>An event that a written event schedules by itself, on its own date.</summary>
/// <param name="At">When it happens.</param>
/// <param name="DateLabel">The date as written.</param>
/// <param name="Type">The name the timeline gives it (not a type that files may write).</param>
/// <param name="Body">The event.</param>
public sealed record Scheduled(DateOnly At, string DateLabel, string Type, MarketEvent Body);
