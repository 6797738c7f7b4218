using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Grains;

/// <summary>
/// The grain engine's traces and metrics, under the name <see cref="Name"/> for both the activity source and the
/// meter. Telemetry observes runs; nothing a run produces depends on it.
/// </summary>
/// <remarks>
/// <para>
/// Traces: each tick is a <c>tick</c> span whose children are its <c>superstep</c> spans (and, with Orleans'
/// activity propagation on, the grain calls of each superstep). Each scheduled event gets a trace of its own, an
/// <c>event</c> span covering its tick, tagged with what its cascade did and linked to the tick's span.
/// </para>
/// <para>
/// Metrics: counters of ticks, supersteps, events and messages applied, capital moved and GPUs brought online;
/// gauges of each live run's progress and GPUs online on this silo. Money is exact in the books; OpenTelemetry
/// exports no decimal instruments, so the capital counter is an approximation in double, and the exact figure of
/// each event is on its span as a tag.
/// </para>
/// </remarks>
public sealed class EngineTelemetry
{
    /// <summary>The name of the engine's activity source and meter.</summary>
    public const string Name = "MarketActors.Engine";

    private readonly Counter<long> _ticks;
    private readonly Counter<long> _supersteps;
    private readonly Counter<long> _events;
    private readonly Counter<long> _messages;
    private readonly Counter<double> _capital;
    private readonly Counter<double> _gpus;
    private readonly ConcurrentDictionary<string, RunProgress> _runs = new(StringComparer.Ordinal);

    /// <summary>Creates the engine's instruments on a meter from <paramref name="meters"/>.</summary>
    public EngineTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _ticks = meter.CreateCounter<long>("marketactors.ticks", "{tick}", "Ticks applied.");
        _supersteps = meter.CreateCounter<long>("marketactors.supersteps", "{superstep}", "Supersteps run.");
        _events = meter.CreateCounter<long>("marketactors.events.applied", "{event}", "Scheduled events applied, by type.");
        _messages = meter.CreateCounter<long>("marketactors.messages.applied", "{message}", "Messages applied by actors, the events themselves included.");
        _capital = meter.CreateCounter<double>("marketactors.capital.moved", "USD", "Cash paid from one actor to another.");
        _gpus = meter.CreateCounter<double>("marketactors.gpus.brought_online", "{GPU}", "GPUs brought online at sites.");
        meter.CreateObservableGauge("marketactors.run.progress", ObserveProgress, "1", "The share of each live run's ticks applied.");
        meter.CreateObservableGauge("marketactors.run.gpus.online", ObserveGpus, "{GPU}", "GPUs online at the sites of each live run.");
    }

    /// <summary>The engine's activity source.</summary>
    public static ActivitySource Source { get; } = new(Name, typeof(EngineTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Starts a tick's span, if anyone listens.</summary>
    public static Activity? StartTick(string runId, Tick tick)
    {
        ArgumentNullException.ThrowIfNull(tick);
        var activity = Source.StartActivity("tick");
        if (activity is not null)
        {
            activity.DisplayName = $"tick {Date(tick.At)}";
            activity.SetTag(Tags.Run, runId);
            activity.SetTag(Tags.Tick, tick.Index);
            activity.SetTag(Tags.At, Date(tick.At));
            activity.SetTag(Tags.Events, tick.Events.Length);
        }

        return activity;
    }

    /// <summary>Starts a superstep's span, a child of the tick's, if anyone listens.</summary>
    public static Activity? StartSuperstep(int step, int actors)
    {
        var activity = Source.StartActivity("superstep");
        if (activity is not null)
        {
            activity.DisplayName = $"superstep {step}";
            activity.SetTag(Tags.Step, step);
            activity.SetTag(Tags.Actors, actors);
        }

        return activity;
    }

    /// <summary>
    /// Records a tick that has been applied: the counters, and a trace per event of the tick, each an
    /// <c>event</c> span from the tick's start to now, linked to the tick's span.
    /// </summary>
    public void TickApplied(string runId, string scenarioId, TickRecord record, IReadOnlyList<Cascade> cascades, Activity? tick, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(cascades);
        var scenario = new KeyValuePair<string, object?>(Tags.Scenario, scenarioId);
        _ticks.Add(1, scenario);
        _supersteps.Add(record.Supersteps, scenario);
        foreach (var cascade in cascades)
        {
            _events.Add(1, scenario, new KeyValuePair<string, object?>(Tags.EventType, cascade.Event.Type));
            _messages.Add(cascade.Messages, scenario);
            if (cascade.CapitalMoved != 0)
            {
                _capital.Add((double)cascade.CapitalMoved, scenario);
            }

            if (cascade.GpusOnline != 0)
            {
                _gpus.Add((double)cascade.GpusOnline, scenario);
            }
        }

        tick?.SetTag(Tags.Supersteps, record.Supersteps);
        tick?.SetTag(Tags.Messages, cascades.Sum(c => c.Messages));
        if (Source.HasListeners())
        {
            TraceEvents(runId, scenarioId, cascades, tick, started);
        }
    }

    /// <summary>Keeps the gauges of a live run up to date.</summary>
    public void Track(string runId, string scenarioId, RunStatus status, decimal gpusOnline)
    {
        ArgumentNullException.ThrowIfNull(status);
        _runs[runId] = new RunProgress(scenarioId, status, gpusOnline);
    }

    /// <summary>Drops a run from the gauges (its activation is going away).</summary>
    public void Forget(string runId) => _runs.TryRemove(runId, out _);

    private static void TraceEvents(string runId, string scenarioId, IReadOnlyList<Cascade> cascades, Activity? tick, DateTimeOffset started)
    {
        var links = tick is null ? null : new[] { new ActivityLink(tick.Context) };

        // Each event's trace starts afresh: whatever span is current (a tick, a step command) is not its parent.
        var current = Activity.Current;
        Activity.Current = null;
        try
        {
            foreach (var cascade in cascades)
            {
                var e = cascade.Event;
                using var span = Source.StartActivity(ActivityKind.Internal, default, links: links, startTime: started, name: "event");
                if (span is null)
                {
                    continue;
                }

                span.DisplayName = $"event {e.Type}";
                span.SetTag(Tags.Run, runId);
                span.SetTag(Tags.Scenario, scenarioId);
                span.SetTag(Tags.EventSeq, e.Seq);
                span.SetTag(Tags.EventType, e.Type);
                span.SetTag(Tags.EventId, e.Id);
                span.SetTag(Tags.At, Date(e.At));
                span.SetTag(Tags.Sources, string.Join(' ', e.Sources));
                span.SetTag(Tags.Supersteps, cascade.Supersteps);
                span.SetTag(Tags.Messages, cascade.Messages);
                span.SetTag(Tags.Actors, cascade.Actors);
                span.SetTag(Tags.CapitalMoved, cascade.CapitalMoved.ToString(CultureInfo.InvariantCulture));
                span.SetTag(Tags.GpusOnline, cascade.GpusOnline.ToString(CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            Activity.Current = current;
        }
    }

    private IEnumerable<Measurement<double>> ObserveProgress() =>
        _runs.Select(r => new Measurement<double>(
            r.Value.Status.TicksTotal == 0 ? 1d : (double)r.Value.Status.TicksDone / r.Value.Status.TicksTotal,
            RunTags(r.Key, r.Value)));

    private IEnumerable<Measurement<double>> ObserveGpus() =>
        _runs.Select(r => new Measurement<double>((double)r.Value.GpusOnline, RunTags(r.Key, r.Value)));

    private static KeyValuePair<string, object?>[] RunTags(string runId, RunProgress run) =>
    [
        new(Tags.Run, runId),
        new(Tags.Scenario, run.ScenarioId),
        new(Tags.State, run.Status.State.ToString().ToLowerInvariant()),
    ];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record RunProgress(string ScenarioId, RunStatus Status, decimal GpusOnline);

    /// <summary>The tag names of the engine's spans and measurements.</summary>
    public static class Tags
    {
        /// <summary>The run's id.</summary>
        public const string Run = "marketactors.run.id";

        /// <summary>The scenario's id.</summary>
        public const string Scenario = "marketactors.scenario";

        /// <summary>The run's state (gauges).</summary>
        public const string State = "marketactors.run.state";

        /// <summary>The tick's index.</summary>
        public const string Tick = "marketactors.tick";

        /// <summary>The virtual date.</summary>
        public const string At = "marketactors.at";

        /// <summary>How many events a tick has.</summary>
        public const string Events = "marketactors.events";

        /// <summary>A superstep's number.</summary>
        public const string Step = "marketactors.superstep";

        /// <summary>How many supersteps a tick, or an event's cascade, took.</summary>
        public const string Supersteps = "marketactors.supersteps";

        /// <summary>How many messages were applied.</summary>
        public const string Messages = "marketactors.messages";

        /// <summary>How many actors took part.</summary>
        public const string Actors = "marketactors.actors";

        /// <summary>The event's position in the schedule.</summary>
        public const string EventSeq = "marketactors.event.seq";

        /// <summary>The event's type.</summary>
        public const string EventType = "marketactors.event.type";

        /// <summary>The scenario's id for the event, if any.</summary>
        public const string EventId = "marketactors.event.id";

        /// <summary>The sources the event cites, separated by spaces.</summary>
        public const string Sources = "marketactors.event.sources";

        /// <summary>The cash the event's cascade moved between actors, exact, in US dollars.</summary>
        public const string CapitalMoved = "marketactors.capital.moved";

        /// <summary>The GPUs the event brought online.</summary>
        public const string GpusOnline = "marketactors.gpus.brought_online";
    }
}
