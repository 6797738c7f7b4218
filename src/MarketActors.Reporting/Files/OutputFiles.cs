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
        return [.. Files(view, RunReport.Build(view)).Select(f => (f.Path, Bytes(f.Write)))];
    }

    /// <summary>
    /// Writes the files. Each goes to a temporary name first and is then moved into place, so that a failure
    /// leaves the directory's earlier files whole. Returns the paths written, relative to the directory.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, RunPlan plan, RunOutput output)
    {
        var view = new RunView(plan, output);
        return Write(directory, view, RunReport.Build(view));
    }

    /// <summary>Writes the files of a run already indexed and reported on (see <see cref="Write(string, RunPlan, RunOutput)"/>).</summary>
    public static IReadOnlyList<string> Write(string directory, RunView view, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Files(view, report);

        // Each file streams to its temporary name as it is written, so the biggest (the ledger, the timeline) are
        // never held whole in memory.
        foreach (var (path, write) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            write(stream);
        }

        return MoveIntoPlace(directory, [.. files.Select(f => f.Path)]);
    }

    /// <summary>The files, each with what writes it to a stream, in a fixed order: the charts are drawn first.</summary>
    private static List<(string Path, Action<Stream> Write)> Files(RunView view, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(report);
        var plan = view.Plan;
        var output = view.Output;
        var charts = RunCharts.Render(view).Select(c => ("charts/" + c.Name, c.Png)).ToList();
        var files = new List<(string, Action<Stream>)>
        {
            ("timeline.json", s => TimelineJson.Write(s, plan, output)),
            ("series.csv", s => Text(s, w => SeriesCsv.Write(w, output))),
            ("ledger.csv", s => Text(s, w => LedgerCsv.Write(w, output))),
            ("summary.md", s => Text(s, w => w.Write(SummaryMarkdown.Write(view, report, [.. charts.Select(c => c.Item1)])))),
        };
        files.AddRange(charts.Select(c => (c.Item1, (Action<Stream>)(s => s.Write(c.Png)))));
        return files;
    }

    private static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        write(writer);
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>Writes rendered files: all to temporary names, then each into place.</summary>
    internal static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<(string Path, byte[] Bytes)> rendered)
    {
        foreach (var (path, bytes) in rendered)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full + ".tmp", bytes);
        }

        return MoveIntoPlace(directory, [.. rendered.Select(r => r.Path)]);
    }

    /// <summary>Moves each file written under its temporary name into place.</summary>
    private static IReadOnlyList<string> MoveIntoPlace(string directory, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(directory, path);
            File.Move(full + ".tmp", full, overwrite: true);
        }

        return paths;
    }
}
