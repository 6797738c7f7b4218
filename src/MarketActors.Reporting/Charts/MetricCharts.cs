using System.Globalization;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// One metric over virtual time, one step line per actor: how capital or capacity moved between actors as the run
/// went on. PNG, fixed size, fixed colours: the same run gives the same bytes.
/// </summary>
public static class MetricCharts
{
    /// <summary>The most actors drawn on one chart.</summary>
    public const int MaxActors = 8;

    private const int Width = 1000;
    private const int Height = 420;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"),
    ];

    /// <summary>
    /// The chart of <paramref name="metric"/> for <paramref name="actors"/> (by default the actors whose metric moved,
    /// largest first, at most <see cref="MaxActors"/>), or null when none of them moved it.
    /// </summary>
    public static byte[]? Render(RunView run, string metric, IReadOnlyList<ActorId>? actors = null)
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
        var first = run.Output.Timeline[0].At;
        var last = run.Output.Timeline[^1].At;
        var plot = new Plot();
        for (var i = 0; i < drawn.Count; i++)
        {
            var dates = run.Changes(drawn[i], metric).Prepend(first).Append(last).Distinct().Order().ToArray();
            var xs = dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = dates.Select(d => (double)(run.At(drawn[i], metric, d) / scale)).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, Palette[i % Palette.Length]);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.LegendText = run.World.NameOf(drawn[i]);
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        plot.Axes.Left.Label.Text = axis;
        plot.Title($"{ChangeSummary.Label(metric) ?? metric} over time, to {Dates.Iso(last)}");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
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

    private static (decimal Scale, string Axis) Scale(MetricUnit unit) => unit switch
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
