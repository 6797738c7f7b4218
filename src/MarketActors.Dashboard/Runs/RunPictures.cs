using System.Collections.Concurrent;
using MarketActors.Domain.Actors;
using MarketActors.Reporting.Charts;
using ScottPlot;

namespace MarketActors.Dashboard.Runs;

/// <summary>
/// The charts of a run so far, as PNG, rendered by MarketActors.Reporting: the end-state charts of
/// <see cref="RunCharts"/> and one metric per actor over virtual time (<see cref="MetricCharts"/>). Each is drawn
/// once per update of the run.
/// </summary>
internal sealed class RunPictures
{
    /// <summary>The charts of <see cref="RunCharts"/>, by name without extension.</summary>
    public static IReadOnlyList<string> Named { get; } = ["net-worth", "capital", "compute"];

    private readonly DashboardRuns _runs;
    private readonly ConcurrentDictionary<string, (long Seq, Task<byte[]?> Png)> _cache = new(StringComparer.Ordinal);

    public RunPictures(DashboardRuns runs)
    {
        _runs = runs;
    }

    /// <summary>A chart of <see cref="RunCharts"/> (null when it has nothing to show yet).</summary>
    public async Task<byte[]?> NamedAsync(string runId, string name, CancellationToken cancellationToken)
    {
        var run = await _runs.ViewAsync(runId, cancellationToken);
        return await Cached($"{runId}\n{name}", run, () =>
            RunCharts.Render(run.View).Where(c => c.Name == name + ".png").Select(c => c.Png).FirstOrDefault());
    }

    /// <summary>A metric over time for some actors (by default those that moved it most).</summary>
    public async Task<byte[]?> MetricAsync(string runId, string metric, IReadOnlyList<ActorId> actors, CancellationToken cancellationToken)
    {
        var run = await _runs.ViewAsync(runId, cancellationToken);
        var key = $"{runId}\n{metric}\n{string.Join(",", actors)}";
        return await Cached(key, run, () => MetricCharts.Render(run.View, metric, actors.Count == 0 ? null : actors));
    }

    /// <summary>A small picture saying why there is no chart yet.</summary>
    public static byte[] Placeholder(string text)
    {
        var plot = new Plot();
        plot.Title(text);
        plot.Axes.Frameless();
        plot.HideGrid();
        return plot.GetImageBytes(1000, 160, ImageFormat.Png);
    }

    private Task<byte[]?> Cached(string key, RunSoFarView run, Func<byte[]?> render)
    {
        if (_cache.TryGetValue(key, out var hit) && hit.Seq == run.State.Seq)
        {
            return hit.Png;
        }

        // Rendering takes a moment; keep it off the request thread, and share it while the view is whole.
        var png = Task.Run(render);
        if (run.Complete)
        {
            _cache[key] = (run.State.Seq, png);
        }

        if (_cache.Count > 512)
        {
            _cache.Clear();
        }

        return png;
    }
}
