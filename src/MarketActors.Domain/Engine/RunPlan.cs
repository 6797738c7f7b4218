using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Engine;

/// <summary>
/// Everything a run needs: the world and the schedule of events, ordered by date then as written. A plan as compiled
/// tells the story as later revised: every event, each with its figures as the last revision gave them;
/// <see cref="AsKnownAt"/> turns it into the story as known at a date.
/// </summary>
/// <param name="World">The actors, people and catalog.</param>
/// <param name="Events">The schedule; <see cref="ScheduledEvent.Seq"/> is each event's position in the schedule as compiled.</param>
/// <param name="Seed">The seed that keys random draws.</param>
[GenerateSerializer, Immutable, Alias("ma.run-plan")]
public sealed record RunPlan([property: Id(0)] World World, [property: Id(1)] ImmutableArray<ScheduledEvent> Events, [property: Id(2)] long Seed)
{
    /// <summary>The date of the knowledge this plan is a view of; null for the story as later revised.</summary>
    [Id(3)]
    public DateOnly? KnownAt { get; init; }

    /// <summary>The view in words: "as later revised" or "as known at 2025-02-01".</summary>
    public string View => KnownAt is { } date ? $"as known at {date:yyyy-MM-dd}" : "as later revised";

    /// <summary>The schedule cut into ticks, one per distinct date.</summary>
    public ImmutableArray<Tick> Ticks()
    {
        var ticks = ImmutableArray.CreateBuilder<Tick>();
        foreach (var group in Events.GroupBy(e => e.At).OrderBy(g => g.Key))
        {
            ticks.Add(new Tick(ticks.Count, group.Key, [.. group.OrderBy(e => e.Seq)]));
        }

        return ticks.ToImmutable();
    }

    /// <summary>This plan with only the events on or before <paramref name="until"/>.</summary>
    public RunPlan Until(DateOnly until) => this with { Events = [.. Events.Where(e => e.At <= until)] };

    /// <summary>
    /// The story as known at <paramref name="date"/>: only the events known by then, each with its figures as the
    /// revisions known by then left them (the figures as first known when none was). Events keep their positions, so
    /// random draws and diagnostics name the same event in every view.
    /// </summary>
    /// <exception cref="ArgumentException">This plan is already a view at an earlier date, which has forgotten what came after.</exception>
    public RunPlan AsKnownAt(DateOnly date)
    {
        if (KnownAt is { } known && date > known)
        {
            throw new ArgumentException($"This plan is the story as known at {known:yyyy-MM-dd}; a view at {date:yyyy-MM-dd} needs the plan as later revised.", nameof(date));
        }

        return this with { KnownAt = date, Events = [.. Events.Where(e => e.KnownOn <= date).Select(e => Forget(e, date))] };
    }

    /// <summary>The first superstep's inbox of a tick: each event delivered to its primary actor.</summary>
    public static IEnumerable<Message> Deliveries(Tick tick) =>
        tick.Events.Select(e => new Message(MessageKey.ForEvent(e.Seq), e.Body.Primary, new EventOccurred(e.Body, e.Id)));

    /// <summary>An event without the revisions that became known after <paramref name="date"/>.</summary>
    private static ScheduledEvent Forget(ScheduledEvent e, DateOnly date)
    {
        // Revisions are kept in the order they became known: the first one known too late replaced what was known.
        var late = e.Revisions.FirstOrDefault(r => r.Known > date);
        return late is null ? e : e with { Body = late.Replaced, Revisions = [.. e.Revisions.TakeWhile(r => r.Known <= date)] };
    }
}
