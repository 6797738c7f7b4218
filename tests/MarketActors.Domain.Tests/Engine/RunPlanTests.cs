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
    public void As_known_at_a_date_keeps_what_was_known_then_with_the_figures_known_then()
    {
        var known = RevisedPlan();

        // 15 February: the release with its first cost; the donation (known 1 March) and both revisions are not known.
        var february = known.AsKnownAt(new DateOnly(2025, 2, 15));
        Assert.Equal([0], february.Events.Select(e => e.Seq));
        Assert.Equal(Figure.Of(5_576_000m, FigureBound.Approximate), ((ModelReleased)february.Events[0].Body).TrainingCost);
        Assert.Empty(february.Events[0].Revisions);
        Assert.Equal(("as known at 2025-02-15", new DateOnly(2025, 2, 15)), (february.View, february.KnownAt));

        // 1 July: the donation and the first revision are known, the second is not. Positions are kept.
        var july = known.AsKnownAt(new DateOnly(2025, 7, 1));
        Assert.Equal([0, 1, 2], july.Events.Select(e => e.Seq));
        Assert.Equal(Figure.Of(1_600_000_000m), ((ModelReleased)july.Events[0].Body).TrainingCost);
        Assert.Equal([new DateOnly(2025, 6, 10)], july.Events[0].Revisions.Select(r => r.Known));

        // At the end everything is known: the figures as last revised.
        var end = known.AsKnownAt(new DateOnly(2025, 12, 31));
        Assert.Equal([0, 1, 2, 3], end.Events.Select(e => e.Seq));
        Assert.Equal(Figure.Of(2_000_000_000m), ((ModelReleased)end.Events[0].Body).TrainingCost);
        Assert.Equal("as later revised", known.View);
    }

    [Fact]
    public void A_view_can_be_narrowed_to_an_earlier_date_but_not_widened()
    {
        var july = RevisedPlan().AsKnownAt(new DateOnly(2025, 7, 1));

        Assert.Equal(Canon.Of(RevisedPlan().AsKnownAt(new DateOnly(2025, 2, 15))), Canon.Of(july.AsKnownAt(new DateOnly(2025, 2, 15))));
        var error = Assert.Throws<ArgumentException>(() => july.AsKnownAt(new DateOnly(2025, 12, 31)));
        Assert.Contains("as known at 2025-07-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_event_is_delivered_to_its_primary_actor_keyed_by_its_position()
    {
        var deliveries = RunPlan.Deliveries(Plan.Ticks()[2]).ToArray();

        Assert.Equal([Id("c"), Id("c")], deliveries.Select(d => d.Target));
        Assert.Equal([MessageKey.ForEvent(3), MessageKey.ForEvent(4)], deliveries.Select(d => d.Key));
        Assert.Same(Plan.Events[3].Body, Assert.IsType<EventOccurred>(deliveries[0].Payload).Event);
    }

    /// <summary>
    /// A model released on 20 January for ~$5.576M, revised on 10 June to $1.6B and on 1 September to $2B; a donation
    /// of 1 February disclosed on 1 March; and the two revisions' own records.
    /// </summary>
    private static RunPlan RevisedPlan()
    {
        const decimal B = 1_000_000_000m;
        var first = new ModelReleased(Id("c"), "R1", Figure.Of(5_576_000m, FigureBound.Approximate), true, null);
        var second = first with { TrainingCost = Figure.Of(1.6m * B) };
        var third = first with { TrainingCost = Figure.Of(2 * B) };
        RevisedFigure Cost(Figure before, Figure after) => new("training-cost", Metrics.MetricUnit.Usd, before, after);
        var revisions = System.Collections.Immutable.ImmutableArray.Create(
            new FigureRevision(new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 10), "r1-cost", ["report#1"], [Cost(first.TrainingCost!.Value, second.TrainingCost!.Value)], first),
            new FigureRevision(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1), null, ["report#2"], [Cost(second.TrainingCost!.Value, third.TrainingCost!.Value)], second));
        return new RunPlan(
            Samples.World,
            [
                Scheduled(0, new DateOnly(2025, 1, 20), third) with { Revisions = revisions },
                Scheduled(1, new DateOnly(2025, 2, 1), new DonationMade(Id("i"), Id("c"), Figure.Of(1m))) with { Known = new DateOnly(2025, 3, 1) },
                Scheduled(2, new DateOnly(2025, 6, 10), new FigureRevised(Id("c"), "r1", new DateOnly(2025, 1, 20), revisions[0].Figures)),
                Scheduled(3, new DateOnly(2025, 9, 1), new FigureRevised(Id("c"), "r1", new DateOnly(2025, 1, 20), revisions[1].Figures)),
            ],
            42);
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
