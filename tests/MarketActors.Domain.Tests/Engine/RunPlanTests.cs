using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Engine;

public sealed class RunPlanTests
{
    private static readonly RunPlan Plan = new(
        Samples.World,
        [
            Scheduled(0, new DateOnly(2025, 1, 21), new FundingAnnounced(Id("p"), Figure.Of(1m), null, null)),
            Scheduled(1, new DateOnly(2025, 1, 21), new DonationMade(Id("i"), Id("c"), Figure.Of(1m))),
            Scheduled(2, new DateOnly(2025, 1, 22), new JobsPledged(Id("p"), Figure.Of(5m))),
            Scheduled(3, new DateOnly(2025, 1, 24), new LayoffsAnnounced(Id("c"), null, 0.1m)),
            Scheduled(4, new DateOnly(2025, 1, 24), new StatementMade("analyst", Id("c"), "hello")),
        ],
        42);

    [Fact]
    public void Ticks_are_one_per_distinct_date_with_their_events_in_schedule_order()
    {
        var ticks = Plan.Ticks();

        Assert.Equal([0, 1, 2], ticks.Select(t => t.Index));
        Assert.Equal([new DateOnly(2025, 1, 21), new DateOnly(2025, 1, 22), new DateOnly(2025, 1, 24)], ticks.Select(t => t.At));
        Assert.Equal([[0, 1], [2], [3, 4]], ticks.Select(t => t.Events.Select(e => e.Seq).ToArray()));
    }

    [Fact]
    public void Ticks_do_not_depend_on_the_order_events_are_listed_in()
    {
        var shuffled = Plan with { Events = [.. Plan.Events.Reverse()] };

        Assert.Equal(Canon.Of(Plan.Ticks()), Canon.Of(shuffled.Ticks()));
    }

    [Fact]
    public void Until_keeps_the_events_on_or_before_a_date()
    {
        Assert.Equal([0, 1, 2], Plan.Until(new DateOnly(2025, 1, 23)).Events.Select(e => e.Seq));
        Assert.Equal([0, 1, 2, 3, 4], Plan.Until(new DateOnly(2025, 1, 24)).Events.Select(e => e.Seq));
        Assert.Empty(Plan.Until(new DateOnly(2025, 1, 20)).Events);
    }

    [Fact]
    public void Each_event_is_delivered_to_its_primary_actor_keyed_by_its_position()
    {
        var deliveries = RunPlan.Deliveries(Plan.Ticks()[2]).ToArray();

        Assert.Equal([Id("c"), Id("c")], deliveries.Select(d => d.Target));
        Assert.Equal([MessageKey.ForEvent(3), MessageKey.ForEvent(4)], deliveries.Select(d => d.Key));
        Assert.Same(Plan.Events[3].Body, Assert.IsType<EventOccurred>(deliveries[0].Payload).Event);
    }

    [Fact]
    public void Message_keys_order_by_event_then_sender_then_ordinal()
    {
        var keys = new[]
        {
            new MessageKey(2, Id("a"), 0),
            new MessageKey(1, Id("b"), 5),
            new MessageKey(1, Id("b"), 1),
            MessageKey.ForEvent(1),
            new MessageKey(1, Id("a"), 9),
        };

        Assert.Equal(
            [MessageKey.ForEvent(1), new MessageKey(1, Id("a"), 9), new MessageKey(1, Id("b"), 1), new MessageKey(1, Id("b"), 5), new MessageKey(2, Id("a"), 0)],
            keys.Order().ToArray());
        Assert.True(new MessageKey(1, Id("b"), 1) < new MessageKey(1, Id("b"), 2));
        Assert.True(new MessageKey(1, Id("B"), 0) < new MessageKey(1, Id("a"), 0)); // ordinal, not culture
    }
}
