using System.Text;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Reporting.Charts;

namespace MarketActors.Reporting.Files;

/// <summary>
/// Writes a run's files into a directory: timeline.json, series.csv, ledger.csv, summary.md, and the charts
/// under charts/.
/// </summary>
public static class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files' contents, by path relative to the output directory, in a fixed order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Render(RunPlan plan, RunOutput output)
    {
        var view = new RunView(plan, output);
        var charts = RunCharts.Render(view).Select(c => ("charts/" + c.Name, c.Png)).ToList();
        var files = new List<(string, byte[])>
        {
            ("timeline.json", Utf8.GetBytes(TimelineJson.Write(plan, output))),
            ("series.csv", Utf8.GetBytes(SeriesCsv.Write(output))),
            ("ledger.csv", Utf8.GetBytes(LedgerCsv.Write(output))),
            ("summary.md", Utf8.GetBytes(SummaryMarkdown.Write(view, RunReport.Build(view), [.. charts.Select(c => c.Item1)]))),
        };
        files.AddRange(charts);
        return files;
    }

    /// <summary>
    /// Writes the files. Each goes to a temporary name first and is then moved into place, so that a failure
    /// leaves the directory's earlier files whole. Returns the paths written, relative to the directory.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, RunPlan plan, RunOutput output) => WriteAll(directory, Render(plan, output));

    /// <summary>Writes rendered files: all to temporary names, then each into place.</summary>
    internal static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<(string Path, byte[] Bytes)> rendered)
    {
        foreach (var (path, bytes) in rendered)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full + ".tmp", bytes);
        }

        foreach (var (path, _) in rendered)
        {
            var full = Path.Combine(directory, path);
            File.Move(full + ".tmp", full, overwrite: true);
        }

        return [.. rendered.Select(r => r.Path)];
    }
}
