using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// One metric over the run's ticks, one step line per actor: how capital or capacity moved between actors as the
/// run went on. The horizontal axis has one step per tick, labelled with its date, because stories are uneven
/// in time (years of quiet, then a busy week) and a calendar axis would crush the busy part into a line.
/// PNG, fixed size, fixed colours: the same run gives the same bytes.
/// </summary>
public static class MetricCharts
{
    /// <summary>The most actors drawn on one chart.</summary>
    public const int MaxActors = 8;

    /// <summary>The most dates labelled on the horizontal axis.</summary>
    public const int MaxLabels = 12;

    /// <summary>
    /// The chart of <paramref name="metric"/> for <paramref name="actors"/> (by default the actors whose metric moved,
    /// largest first, at most <see cref="MaxActors"/>), or null when none of them moved it.
    /// </summary>
    public static byte[]? Render(RunView run, string metric, IReadOnlyList<ActorId>? actors = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(metric);
        var drawn = (actors ?? Movers(run, metric)).Where(a => run.Changes(a, metric).Any()).Take(MaxActors).ToList();
        if (drawn.Count == 0 || run.Output.Timeline.IsDefaultOrEmpty)
        {
            return null;
        }

        var unit = Metric.UnitOf(metric);
        var (scale, axis) = Scale(unit);
        var dates = run.Output.Timeline.Select(t => t.At).Distinct().Order().ToArray();
        var plot = new Plot();
        for (var i = 0; i < drawn.Count; i++)
        {
            Step(plot, run, drawn[i], metric, dates, scale, ChartStyle.Colour(i), run.World.NameOf(drawn[i]));
        }

        DateAxis(plot, dates, axis);
        plot.Title(title ?? $"{ChangeSummary.Label(metric) ?? metric} over the run, to {Dates.Iso(dates[^1])}");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png);
    }

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

    /// <summary>Draws one actor's metric as a step line over <paramref name="dates"/>, one step per date; returns the line.</summary>
    internal static ScottPlot.Plottables.Scatter Step(Plot plot, RunView run, ActorId actor, string metric, DateOnly[] dates, decimal scale, Color colour, string legend)
    {
        var xs = Enumerable.Range(0, dates.Length).Select(i => (double)i).ToArray();
        var ys = dates.Select(d => (double)(run.At(actor, metric, d) / scale)).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.LegendText = legend;
        return line;
    }

    /// <summary>Labels the horizontal axis with the dates (at most <see cref="MaxLabels"/>) and the vertical one with the unit.</summary>
    internal static void DateAxis(Plot plot, DateOnly[] dates, string axis)
    {
        var every = Math.Max(1, (int)Math.Ceiling(dates.Length / (double)MaxLabels));
        var labelled = Enumerable.Range(0, dates.Length).Where(i => i % every == 0 || i == dates.Length - 1).ToArray();
        plot.Axes.Bottom.SetTicks([.. labelled.Select(i => (double)i)], [.. labelled.Select(i => Dates.Iso(dates[i]))]);
        plot.Axes.Left.Label.Text = axis;
    }

    /// <summary>How a unit is drawn: the value one step of the axis stands for, and the axis label.</summary>
    internal static (decimal Scale, string Axis) Scale(MetricUnit unit) => unit switch
    {
        MetricUnit.Usd => (1_000_000_000m, "US$ billion"),
        MetricUnit.Gpus => (1_000m, "thousand GPUs"),
        MetricUnit.H100e => (1_000m, "thousand H100-equivalents"),
        MetricUnit.Pflops => (1m, "PFLOPS"),
        MetricUnit.Megawatts => (1m, "MW"),
        MetricUnit.Fraction => (0.01m, "%"),
        _ => (1m, "count"),
    };
}
