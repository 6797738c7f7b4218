using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting.Comparison;

/// <summary>A metric of an actor whose series differs between two runs.</summary>
/// <param name="Actor">The actor (matched by id across the runs).</param>
/// <param name="Name">Its name, from the run that has it (the left one when both do).</param>
/// <param name="Metric">The metric.</param>
/// <param name="Left">Its value at the end of the left run (zero if never set).</param>
/// <param name="Right">Its value at the end of the right run.</param>
/// <param name="ApartFrom">The first date at whose end the two values differ.</param>
/// <param name="ApartUntil">The last date at whose end they differ; null when they still differ at the end.</param>
public sealed record MetricDifference(ActorId Actor, string Name, string Metric, decimal Left, decimal Right, DateOnly ApartFrom, DateOnly? ApartUntil)
{
    /// <summary>Right minus left, at the end.</summary>
    public decimal Difference => Right - Left;
}

/// <summary>
/// An event only one run has, or that both have but that moved something by a different amount (what it moved is
/// compared as changes, not as values after: an event that adds $1B adds $1B in both runs, whatever came before).
/// </summary>
/// <param name="Left">The event in the left run, if it has it.</param>
/// <param name="Right">The event in the right run, if it has it.</param>
public sealed record EventDifference(TimelineEntry? Left, TimelineEntry? Right)
{
    /// <summary>The event's date (the right run's when both have it and the date moved).</summary>
    public DateOnly At => (Right ?? Left)!.At;
}

/// <summary>
/// What differs between two runs — of two scenarios, or of one scenario with two seeds: every metric of every actor
/// whose value differs at the end of any date, and every event that only one run has or that moved something
/// differently. Actors are matched by id, events by their scenario id when they have one, otherwise by date, type
/// and description.
/// </summary>
public sealed class RunComparison
{
    private RunComparison(RunView left, RunView right, ImmutableArray<MetricDifference> metrics, ImmutableArray<EventDifference> events)
    {
        Left = left;
        Right = right;
        Metrics = metrics;
        Events = events;
    }

    /// <summary>The left run.</summary>
    public RunView Left { get; }

    /// <summary>The right run.</summary>
    public RunView Right { get; }

    /// <summary>The metrics that differ on some date, by actor (names in order, the outside last), then in catalog order.</summary>
    public ImmutableArray<MetricDifference> Metrics { get; }

    /// <summary>The events only one run has, or that moved something differently, by date then schedule order.</summary>
    public ImmutableArray<EventDifference> Events { get; }

    /// <summary>True when the two runs moved every metric the same way on every date and have the same events.</summary>
    public bool Identical => Metrics.IsEmpty && Events.IsEmpty;

    /// <summary>Compares two runs.</summary>
    public static RunComparison Of(RunView left, RunView right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new RunComparison(left, right, CompareMetrics(left, right), CompareEvents(left, right));
    }

    private static ImmutableArray<MetricDifference> CompareMetrics(RunView left, RunView right)
    {
        var keys = left.Output.Series.Concat(right.Output.Series).Select(p => (p.Actor, p.Metric)).Distinct().ToList();
        var differences = new List<MetricDifference>();
        foreach (var (actor, metric) in keys)
        {
            // A series changes only on the dates it lists, so comparing at those dates finds every difference.
            var dates = left.Changes(actor, metric).Concat(right.Changes(actor, metric)).Distinct().Order().ToList();
            DateOnly? from = null, until = null;
            foreach (var date in dates)
            {
                if (left.At(actor, metric, date) != right.At(actor, metric, date))
                {
                    from ??= date;
                    until = null;
                }
                else if (from is not null && until is null)
                {
                    until = date;
                }
            }

            if (from is { } apart)
            {
                var lastApart = until is { } back ? dates.Last(d => d < back) : (DateOnly?)null;
                differences.Add(new MetricDifference(actor, NameOf(actor, left, right), metric, End(left, actor, metric), End(right, actor, metric), apart, lastApart));
            }
        }

        return [.. MetricOrder.Sort(differences, d => d.Actor, d => d.Name, d => d.Metric)];
    }

    private static ImmutableArray<EventDifference> CompareEvents(RunView left, RunView right)
    {
        var rights = new Dictionary<string, Queue<TimelineEntry>>(StringComparer.Ordinal);
        foreach (var entry in right.Output.Timeline)
        {
            var key = Key(entry);
            if (!rights.TryGetValue(key, out var queue))
            {
                rights[key] = queue = new Queue<TimelineEntry>();
            }

            queue.Enqueue(entry);
        }

        var differences = new List<(EventDifference Difference, int Order)>();
        foreach (var entry in left.Output.Timeline)
        {
            if (rights.TryGetValue(Key(entry), out var queue) && queue.TryDequeue(out var match))
            {
                if (!SameEffect(entry, match))
                {
                    differences.Add((new EventDifference(entry, match), entry.Seq));
                }
            }
            else
            {
                differences.Add((new EventDifference(entry, null), entry.Seq));
            }
        }

        foreach (var entry in rights.Values.SelectMany(q => q))
        {
            differences.Add((new EventDifference(null, entry), entry.Seq));
        }

        return [.. differences.OrderBy(d => d.Difference.At).ThenBy(d => d.Difference.Left is null).ThenBy(d => d.Order).Select(d => d.Difference)];
    }

    /// <summary>Events are the same event in both runs when they have the same id, or else the same date, type and description.</summary>
    private static string Key(TimelineEntry entry) =>
        entry.Id is { } id ? "id:" + id : $"{Dates.Iso(entry.At)}|{entry.Type}|{entry.Description}";

    private static bool SameEffect(TimelineEntry left, TimelineEntry right) =>
        left.At == right.At
        && left.Description == right.Description
        && left.Deltas.Length == right.Deltas.Length
        && left.Deltas.Zip(right.Deltas).All(p => p.First.Actor == p.Second.Actor && p.First.Metric == p.Second.Metric && p.First.Change == p.Second.Change);

    private static decimal End(RunView run, ActorId actor, string metric) => run.At(actor, metric, DateOnly.MaxValue);

    private static string NameOf(ActorId actor, RunView left, RunView right) =>
        left.World.Actors.Any(a => a.Id == actor) ? left.World.NameOf(actor) : right.World.NameOf(actor);
}
