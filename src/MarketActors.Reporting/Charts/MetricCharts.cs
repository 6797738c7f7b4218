using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// One metric over the run, one step line per actor: how capital or capacity moved between actors as the run went
/// on. Dates sit at their real distance in time on a calendar axis, and a run that crowds its dates into a short
/// stretch (years of quiet, then a busy week) gets a close-up of that stretch under it (<see cref="Chart"/>). Each
/// value holds until it changes, and a marker shows each change. Values are labelled in the metric's unit; the
/// legend, under the plot, names every line. PNG, fixed sizes, fixed colours: the same run gives the same bytes.
/// </summary>
public static class MetricCharts
{
    /// <summary>The most actors drawn on one chart.</summary>
    public const int MaxActors = 8;

    /// <summary>
    /// The chart of <paramref name="metric"/> for <paramref name="actors"/> (by default the actors whose metric moved,
    /// largest first, at most <see cref="MaxActors"/>), or null when none of them moved it.
    /// </summary>
    public static byte[]? Render(RunView run, string metric, IReadOnlyList<ActorId>? actors = null, string? title = null) =>
        Build(run, metric, actors, title)?.Png();

    /// <summary>The actors whose metric moved, by the size of its latest value, largest first.</summary>
    public static IReadOnlyList<ActorId> Movers(RunView run, string metric)
    {
        ArgumentNullException.ThrowIfNull(run);
        var last = run.Output.Timeline.IsDefaultOrEmpty ? DateOnly.MaxValue : run.Output.Timeline[^1].At;
        return
        [
            .. run.World.Actors
                .Where(a => a.Id != ActorId.Outside && run.Changes(a.Id, metric).Any())
                .OrderByDescending(a => Math.Abs(run.At(a.Id, metric, last)))
                .ThenBy(a => a.Id, ActorId.Comparer)
                .Select(a => a.Id),
        ];
    }

    /// <summary>The chart <see cref="Render"/> draws, or null when there is nothing to draw.</summary>
    internal static Chart? Build(RunView run, string metric, IReadOnlyList<ActorId>? actors = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(metric);
        var drawn = (actors ?? Movers(run, metric)).Where(a => run.Changes(a, metric).Any()).Take(MaxActors).ToList();
        if (drawn.Count == 0 || run.Output.Timeline.IsDefaultOrEmpty)
        {
            return null;
        }

        var dates = run.Output.Timeline.Select(t => t.At).Distinct().Order().ToArray();
        return Chart.OverTime(
            dates,
            title ?? $"{ChangeSummary.Label(metric) ?? metric} over the run, to {Dates.Iso(dates[^1])}",
            Metric.UnitOf(metric),
            plot => drawn.SelectMany((actor, i) => Step(plot, run, actor, metric, dates, ChartStyle.Colour(i), Legend(run, actor, metric), markers: true).Data.GetScatterPoints().Select(p => p.Y)).ToList());
    }

    /// <summary>
    /// An actor's name, with its value at the end as the sources stated it when that is not an exact figure
    /// ("Colossus (1,000,000+ at the end)"): the line itself can only draw the point.
    /// </summary>
    internal static string Legend(RunView run, ActorId actor, string metric) =>
        Stated(run, actor, metric) is { } stated ? $"{run.World.NameOf(actor)} ({stated} at the end)" : run.World.NameOf(actor);

    /// <summary>An actor's metric at the end as the sources stated it, in the metric's unit, when that is not an exact figure.</summary>
    internal static string? Stated(RunView run, ActorId actor, string metric)
    {
        var stated = run.LastStated(actor, metric);
        var unit = Metric.UnitOf(metric);
        return stated is { Bound: not Domain.Values.FigureBound.Exact } figure ? figure.Render(v => Format.Value(v, unit)) : null;
    }

    /// <summary>
    /// Draws one actor's metric over <paramref name="dates"/> as a step line: a point at the first date, at each date
    /// the value changed on and at the last date, each value held until the next point. With
    /// <paramref name="markers"/>, a marker on each change (from zero before the run). Returns the line.
    /// </summary>
    internal static ScottPlot.Plottables.Scatter Step(Plot plot, RunView run, ActorId actor, string metric, DateOnly[] dates, Color colour, string legend, bool markers)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var changes = new List<Coordinates>();
        decimal? previous = null;
        foreach (var date in dates)
        {
            var value = run.At(actor, metric, date);
            if (value != (previous ?? 0))
            {
                changes.Add(new Coordinates(ChartAxes.X(date), (double)value));
            }

            if (value != previous || date == dates[^1])
            {
                xs.Add(ChartAxes.X(date));
                ys.Add((double)value);
            }

            previous = value;
        }

        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), colour);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.LegendText = legend;
        if (markers)
        {
            plot.Add.Markers(changes.ToArray(), MarkerShape.FilledCircle, 6, colour);
        }

        return line;
    }
}
