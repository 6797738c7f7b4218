using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using MarketActors.Contracts;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Grains;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;
using Tags = MarketActors.Grains.EngineTelemetry.Tags;

namespace MarketActors.Engine.Tests;

/// <summary>
/// The engine's spans and metrics, listened to as any OpenTelemetry SDK would, on the seed replayed by three silos
/// and checked against the reference replayer's books.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TelemetryTests(ClusterFixture fixture)
{
    // The seed under an id of its own, so that the measurements of this run can be told from any other's.
    private const string ScenarioId = "telemetry-check";

    private static RunPlan Plan()
    {
        var text = File.ReadAllText(Paths.Seed).Replace("scenario: stargate-2025", $"scenario: {ScenarioId}", StringComparison.Ordinal);
        var loaded = ScenarioLoader.CompileAndCheck(text, "telemetry-check.yaml");
        Assert.Empty(loaded.Diagnostics);
        return loaded.Scenario!.Plan;
    }

    [Fact]
    public async Task Each_event_gets_a_trace_of_its_own_linked_to_its_tick_and_tagged_with_what_its_cascade_moved()
    {
        var plan = Plan();
        var runId = GrainRuns.NewRunId(ScenarioId);
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await GrainRuns.Replay(fixture.Grains, plan, runId);
        var reference = ReferenceReplayer.Replay(plan);

        var ours = spans.Where(s => Equals(s.GetTagItem(Tags.Run), runId)).ToList();
        var ticks = ours.Where(s => s.OperationName == "tick").ToList();
        var events = ours.Where(s => s.OperationName == "event").OrderBy(s => (int)s.GetTagItem(Tags.EventSeq)!).ToList();

        Assert.Equal(plan.Ticks().Select(t => t.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ticks.Select(t => (string)t.GetTagItem(Tags.At)!).Order());
        Assert.Equal(plan.Events.Select(e => e.Seq), events.Select(e => (int)e.GetTagItem(Tags.EventSeq)!));

        // A trace per event: no parent, a trace id of its own, a link to its tick's span.
        Assert.All(events, e => Assert.Null(e.ParentId));
        Assert.Equal(events.Count, events.Select(e => e.TraceId).Distinct().Count());
        Assert.All(events, e =>
        {
            var link = Assert.Single(e.Links);
            var tick = Assert.Single(ticks, t => t.SpanId == link.Context.SpanId);
            Assert.Equal(tick.GetTagItem(Tags.At), e.GetTagItem(Tags.At));
        });

        // Supersteps are children of their tick's span.
        var steps = spans.Where(s => s.OperationName == "superstep" && ticks.Any(t => t.SpanId == s.ParentSpanId)).ToList();
        Assert.Equal(ticks.Sum(t => (int)t.GetTagItem(Tags.Supersteps)!), steps.Count);

        // The tags agree with the reference's books: cash paid between actors, GPUs online at sites, sources cited.
        var paid = reference.Ledger
            .Where(r => r.Book == Accounts.BalanceBook && r.Account == Accounts.Cash && r.Amount < 0 && r.Counterparty is not null)
            .Sum(r => -r.Amount);
        var online = reference.Actors.SelectMany(a => a.Capacity).Sum(c => c.Online);
        Assert.Equal(paid, events.Sum(e => Decimal(e, Tags.CapitalMoved)));
        Assert.Equal(online, events.Sum(e => Decimal(e, Tags.GpusOnline)));
        Assert.Equal(plan.Events.Select(e => string.Join(' ', e.Sources)), events.Select(e => (string)e.GetTagItem(Tags.Sources)!));

        // The $500B announcement is applied by Stargate alone and moves no cash.
        var announced = Assert.Single(events, e => Equals(e.GetTagItem(Tags.EventId), "stargate-announced"));
        Assert.Equal(0m, Decimal(announced, Tags.CapitalMoved));
        Assert.Equal(1, announced.GetTagItem(Tags.Messages));
    }

    [Fact]
    public async Task The_counters_add_up_to_the_run_and_the_gauges_follow_it()
    {
        var plan = Plan();
        var runId = GrainRuns.NewRunId(ScenarioId);
        var counters = new ConcurrentDictionary<string, decimal>();
        var byType = new ConcurrentDictionary<string, decimal>();
        var gauges = new ConcurrentDictionary<string, decimal>();
        var observing = false;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == EngineTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, (decimal)value, tags));
        listener.Start();

        await GrainRuns.Replay(fixture.Grains, plan, runId);
        observing = true;
        listener.RecordObservableInstruments();

        var reference = ReferenceReplayer.Replay(plan);
        var updates = await fixture.Grains.Run(runId).GetUpdates(0, int.MaxValue);
        var ticks = updates.Where(u => u.Tick is not null).Select(u => u.Tick!).ToList();
        var paid = reference.Ledger
            .Where(r => r.Book == Accounts.BalanceBook && r.Account == Accounts.Cash && r.Amount < 0 && r.Counterparty is not null)
            .Sum(r => -r.Amount);
        var online = reference.Actors.SelectMany(a => a.Capacity).Sum(c => c.Online);

        Assert.Equal(plan.Ticks().Length, counters["marketactors.ticks"]);
        Assert.Equal(ticks.Sum(t => t.Supersteps), counters["marketactors.supersteps"]);
        Assert.Equal(plan.Events.Length, counters["marketactors.events.applied"]);
        Assert.Equal(
            plan.Events.GroupBy(e => e.Type).Select(g => (g.Key, (decimal)g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal),
            byType.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(counters["marketactors.messages.applied"] > plan.Events.Length, "the seed's events cascade to other actors");
        Assert.Equal(paid, counters["marketactors.capital.moved"]);
        Assert.Equal(online, counters["marketactors.gpus.brought_online"]);

        // The gauges of the finished run, still live on its silo.
        Assert.Equal(1m, gauges["marketactors.run.progress"]);
        Assert.Equal(online, gauges["marketactors.run.gpus.online"]);

        void Record(Instrument instrument, decimal value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? scenario = null, run = null, type = null;
            foreach (var tag in tags)
            {
                scenario = tag.Key == Tags.Scenario ? (string?)tag.Value : scenario;
                run = tag.Key == Tags.Run ? (string?)tag.Value : run;
                type = tag.Key == Tags.EventType ? (string?)tag.Value : type;
            }

            if (scenario != ScenarioId || (run is not null && run != runId))
            {
                return;
            }

            (observing ? gauges : counters).AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            if (type is not null)
            {
                byType.AddOrUpdate(type, value, (_, sum) => sum + value);
            }
        }
    }

    private static decimal Decimal(Activity span, string tag) =>
        decimal.Parse((string)span.GetTagItem(tag)!, NumberStyles.Number, CultureInfo.InvariantCulture);
}
