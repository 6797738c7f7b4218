using System.Text;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Charts;
using MarketActors.Reporting.Comparison;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Files;

/// <summary>
/// A comparison's files: compare.csv (every metric that differs, exact), compare.md (the tables) and the charts of
/// the metrics that differ under charts/.
/// </summary>
public static class ComparisonFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files' contents, by path relative to the output directory.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Render(RunComparison comparison, string left, string right)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var csv = new StringBuilder();
        Csv.Line(csv, "actor", "metric", "left", "right", "difference", "apart_from", "apart_until");
        foreach (var d in comparison.Metrics)
        {
            Csv.Line(csv, d.Actor.Value, d.Metric, Format.Exact(d.Left), Format.Exact(d.Right), Format.Exact(d.Difference),
                Dates.Iso(d.ApartFrom), d.ApartUntil is { } until ? Dates.Iso(until) : null);
        }

        var charts = ComparisonCharts.Render(comparison, left, right).Select(c => ("charts/" + c.Name, c.Png)).ToList();
        var md = new StringBuilder();
        md.Append($"# {left} compared with {right}\n\n");
        md.Append($"- {left}: scenario `{comparison.Left.World.ScenarioId}`, seed {comparison.Left.Plan.Seed}, {comparison.Left.Output.Timeline.Length} events\n");
        md.Append($"- {right}: scenario `{comparison.Right.World.ScenarioId}`, seed {comparison.Right.Plan.Seed}, {comparison.Right.Output.Timeline.Length} events\n\n");
        if (comparison.Identical)
        {
            md.Append("The two runs are the same: every metric of every actor on every date, and every event.\n");
        }
        else
        {
            foreach (var (chart, _) in charts)
            {
                md.Append("![").Append(Path.GetFileNameWithoutExtension(chart)).Append("](").Append(chart).Append(")\n");
            }

            md.Append(charts.Count > 0 ? "\n" : string.Empty);
            foreach (var table in ComparisonTables.Build(comparison, left, right).Where(t => !t.IsEmpty))
            {
                SummaryMarkdown.Table(md, table);
            }
        }

        return [("compare.csv", Utf8.GetBytes(csv.ToString())), ("compare.md", Utf8.GetBytes(md.ToString())), .. charts];
    }

    /// <summary>Writes the files, each to a temporary name first and then into place; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string directory, RunComparison comparison, string left, string right) =>
        OutputFiles.WriteAll(directory, Render(comparison, left, right));
}
