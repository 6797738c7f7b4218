using System.Text;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Charts;
using MarketActors.Reporting.Sweeps;

namespace MarketActors.Reporting.Files;

/// <summary>
/// A sweep's files: sweep.csv (every metric that spreads, exact percentiles), sweep.md (the tables) and histograms of
/// the metrics that spread most under charts/.
/// </summary>
public static class SweepFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files' contents, by path relative to the output directory.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Render(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var csv = new StringBuilder();
        Csv.Line(csv, "actor", "metric", "p5", "p50", "p95", "min", "max");
        foreach (var s in sweep.Spreads)
        {
            Csv.Line(csv, s.Actor.Value, s.Metric, Format.Exact(s.P5), Format.Exact(s.P50), Format.Exact(s.P95), Format.Exact(s.Min), Format.Exact(s.Max));
        }

        var charts = SweepCharts.Render(sweep).Select(c => ("charts/" + c.Name, c.Png)).ToList();
        var md = new StringBuilder();
        md.Append($"# Sweep of {sweep.Plan.World.Title}\n\n");
        md.Append($"Scenario `{sweep.Plan.World.ScenarioId}`, seed {sweep.Plan.Seed}, {sweep.Branches:N0} branches ({sweep.Failures.Length:N0} failed).\n\n");
        foreach (var (chart, _) in charts)
        {
            md.Append("![").Append(Path.GetFileNameWithoutExtension(chart)).Append("](").Append(chart).Append(")\n");
        }

        md.Append(charts.Count > 0 ? "\n" : string.Empty);
        foreach (var table in SweepTables.Build(sweep))
        {
            SummaryMarkdown.Table(md, table);
        }

        return [("sweep.csv", Utf8.GetBytes(csv.ToString())), ("sweep.md", Utf8.GetBytes(md.ToString())), .. charts];
    }

    /// <summary>Writes the files, each to a temporary name first and then into place; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string directory, SweepResult sweep) => OutputFiles.WriteAll(directory, Render(sweep));
}
