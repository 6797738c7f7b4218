using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Output;

public sealed class RunRecorderTests
{
    private static readonly World World = Of(Project("stargate"), Investor("softbank"), Investor("musk"), Company("openai"));
    private static readonly DateOnly At = new(2025, 1, 21);

    [Fact]
    public void The_timeline_has_each_event_with_what_it_moved_across_every_superstep()
    {
        var e = new ScheduledEvent(0, At, "21 Jan 2025", "F05", "capital-called", ["herald#F05"], "first call", new CapitalCalled(Id("stargate"), Id("softbank"), Figure.Of(1_500m)));
        var (record, _) = RecordTick(new Tick(0, At, [e]));

        var entry = Assert.Single(record.Timeline);
        Assert.Equal((0, At, "21 Jan 2025", "capital-called", "F05", "first call"), (entry.Seq, entry.At, entry.DateLabel, entry.Type, entry.Id, entry.Note));
        Assert.Equal(new[] { "herald#F05" }, entry.Sources.ToArray());
        Assert.Equal("Softbank pays $1,500 into Stargate", entry.Description);

        // The project moved in superstep 0, the backer in superstep 1; by actor, then metric. The backer's net worth
        // did not move (cash became a contribution), so it is not listed.
        Assert.Equal(
            [
                new ActorDelta(Id("softbank"), Metric.CapitalContributed, 1_500m, 1_500m),
                new ActorDelta(Id("softbank"), Metric.Cash, -1_500m, -1_500m),
                new ActorDelta(Id("stargate"), Metric.CapitalFunded, 1_500m, 1_500m),
                new ActorDelta(Id("stargate"), Metric.Cash, 1_500m, 1_500m),
                new ActorDelta(Id("stargate"), Metric.NetWorth, 1_500m, 1_500m),
            ],
            entry.Deltas.ToArray());
        Assert.Equal(2, record.Supersteps);
    }

    [Fact]
    public void Deltas_of_one_event_on_one_metric_are_summed_and_keep_the_last_value()
    {
        var replay = new Replay(World);
        replay.Tick(new DonationMade(Id("musk"), Id("openai"), Figure.Of(100m)));

        // Two events in one tick each move musk's cash; each timeline entry shows only its own change.
        var record = replay.Tick(
            new DonationMade(Id("musk"), Id("openai"), Figure.Of(10m)),
            new DonationMade(Id("musk"), Id("stargate"), Figure.Of(5m)));

        Assert.Contains(new ActorDelta(Id("musk"), Metric.Cash, -10m, -110m), record.Timeline[0].Deltas);
        Assert.Contains(new ActorDelta(Id("musk"), Metric.Cash, -5m, -115m), record.Timeline[1].Deltas);
        Assert.Contains(new SeriesPoint(Id("musk"), Metric.Cash, record.At, -115m), record.Series);
    }

    [Fact]
    public void Series_record_the_value_at_the_end_of_each_tick_that_changed_it()
    {
        var replay = new Replay(World);
        var first = replay.Tick(new DonationMade(Id("musk"), Id("openai"), Figure.Of(5m)));

        Assert.Equal(
            [
                new SeriesPoint(Id("musk"), Metric.Cash, first.At, -5m),
                new SeriesPoint(Id("musk"), Metric.NetWorth, first.At, -5m),
                new SeriesPoint(Id("openai"), Metric.Cash, first.At, 5m),
                new SeriesPoint(Id("openai"), Metric.NetWorth, first.At, 5m),
            ],
            first.Series.ToArray());

        // Money given and given back within one tick: the timeline shows both, the series nothing.
        var roundTrip = replay.Tick(
            new DonationMade(Id("musk"), Id("openai"), Figure.Of(7m)),
            new DonationMade(Id("openai"), Id("musk"), Figure.Of(7m)));

        Assert.Empty(roundTrip.Series);
        Assert.All(roundTrip.Timeline, t => Assert.NotEmpty(t.Deltas));

        // A value that returns to zero in a later tick is recorded as zero.
        var back = replay.Tick(new DonationMade(Id("openai"), Id("musk"), Figure.Of(5m)));

        Assert.Contains(new SeriesPoint(Id("musk"), Metric.Cash, back.At, 0m), back.Series);
        Assert.Contains(new SeriesPoint(Id("openai"), Metric.NetWorth, back.At, 0m), back.Series);
    }

    [Fact]
    public void The_ledger_lists_every_leg_by_event_then_superstep_actor_and_position_with_an_entry_id()
    {
        var replay = new Replay(World);
        var record = replay.Tick(
            new CapitalCalled(Id("stargate"), Id("softbank"), Figure.Of(2m)),
            new DonationMade(Id("musk"), Id("stargate"), Figure.Of(3.50m)));

        Assert.Equal(
            [
                ("0.0.stargate.0.0", "stargate", "balance", "cash", 2m, "softbank"),
                ("0.0.stargate.0.0", "stargate", "balance", "contributions", -2m, null),
                ("0.0.stargate.0.1", "stargate", "memo", "funded", 2m, null),
                ("0.0.stargate.0.1", "stargate", "memo", "memo-offset", -2m, null),
                ("0.1.softbank.0.0", "softbank", "balance", "contribution:stargate", 2m, null),
                ("0.1.softbank.0.0", "softbank", "balance", "cash", -2m, "stargate"),
                ("1.0.musk.0.0", "musk", "balance", "donations", 3.5m, null),
                ("1.0.musk.0.0", "musk", "balance", "cash", -3.5m, "stargate"),
                ("1.1.stargate.0.0", "stargate", "balance", "cash", 3.5m, "musk"),
                ("1.1.stargate.0.0", "stargate", "balance", "donations", -3.5m, null),
            ],
            record.Ledger.Select(r => (r.EntryId, r.Actor.Value, r.Book, r.Account, r.Amount, r.Counterparty?.Value)).ToArray());
        Assert.All(record.Ledger, r => Assert.Equal(record.At, r.At));

        // Amounts are printed without trailing zeros whatever scale the arithmetic left them at.
        Assert.All(record.Ledger, r => Assert.Equal(Amounts.Normalize(r.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void What_a_tick_records_does_not_depend_on_the_order_applied_messages_arrive_in()
    {
        var e0 = new ScheduledEvent(0, At, "2025-01-21", null, "capital-called", [], null, new CapitalCalled(Id("stargate"), Id("softbank"), Figure.Of(1m)));
        var e1 = new ScheduledEvent(1, At, "2025-01-21", null, "donation-made", [], null, new DonationMade(Id("musk"), Id("stargate"), Figure.Of(2m)));
        var tick = new Tick(0, At, [e0, e1]);
        var (expected, applied) = RecordTick(tick);
        var random = new Random(7);

        for (var i = 0; i < 20; i++)
        {
            var shuffled = applied.ToArray();
            random.Shuffle(shuffled);

            var record = new RunRecorder(new RunPlan(World, [e0, e1], 0)).Record(tick, expected.Supersteps, shuffled);

            Assert.Equal(Canon.Of(expected), Canon.Of(record));
        }
    }

    [Fact]
    public void The_output_gathers_every_tick_and_lists_actors_by_id()
    {
        var replay = new Replay(World);
        replay.Tick(new DonationMade(Id("musk"), Id("openai"), Figure.Of(5m)));
        replay.Tick(new JobsPledged(Id("stargate"), Figure.Of(100_000m)));

        var output = replay.Complete();

        Assert.Equal([0, 1], output.Timeline.Select(t => t.Seq));
        Assert.Equal(["musk", "openai", "outside", "softbank", "stargate"], output.Actors.Select(a => a.Id.Value));
        Assert.Equal(5, output.Series.Length); // musk and openai cash and net worth, then stargate's jobs
        Assert.Equal(4, output.Ledger.Length);
        Assert.Equal(100_000m, output.Actors.Single(a => a.Id == Id("stargate")).Metric(Metric.JobsPledged));
    }

    private static (TickRecord Record, List<AppliedMessage> Applied) RecordTick(Tick tick)
    {
        var books = new SortedDictionary<ActorId, ActorBook>(ActorId.Comparer);
        var (step, applied) = TickLoop.Run(World, tick, id => books.TryGetValue(id, out var book) ? book : books[id] = new ActorBook(World, id));
        return (new RunRecorder(new RunPlan(World, tick.Events, 0)).Record(tick, step, applied), [.. applied]);
    }
}
