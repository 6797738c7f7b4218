using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Engine;

/// <summary>Everything a run needs: the world and the schedule of events, ordered by date then as written.</summary>
/// <param name="World">The actors, people and catalog.</param>
/// <param name="Events">The schedule; <see cref="ScheduledEvent.Seq"/> is each event's index in it.</param>
/// <param name="Seed">The seed that keys random draws.</param>
[GenerateSerializer, Immutable, Alias("ma.run-plan")]
public sealed record RunPlan([property: Id(0)] World World, [property: Id(1)] ImmutableArray<ScheduledEvent> Events, [property: Id(2)] long Seed)
{
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

    /// <summary>The first superstep's inbox of a tick: each event delivered to its primary actor.</summary>
    public static IEnumerable<Message> Deliveries(Tick tick) =>
        tick.Events.Select(e => new Message(MessageKey.ForEvent(e.Seq), e.Body.Primary, new EventOccurred(e.Body, e.Id)));
}
