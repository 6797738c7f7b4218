using System.Text;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting.Files;

/// <summary>Writes a run's files into a directory: timeline.json, series.csv, ledger.csv and summary.md.</summary>
public static class OutputFiles
{
    /// <summary>The files written, in the order written.</summary>
    public static IReadOnlyList<string> Names { get; } = ["timeline.json", "series.csv", "ledger.csv", "summary.md"];

    /// <summary>The files' contents, by name.</summary>
    public static IReadOnlyList<(string Name, string Text)> Render(RunPlan plan, RunOutput output)
    {
        var view = new RunView(plan, output);
        return
        [
            ("timeline.json", TimelineJson.Write(plan, output)),
            ("series.csv", SeriesCsv.Write(output)),
            ("ledger.csv", LedgerCsv.Write(output)),
            ("summary.md", SummaryMarkdown.Write(view, RunReport.Build(view))),
        ];
    }

    /// <summary>
    /// Writes the files. Each goes to a temporary name first and is then moved into place, so that a failure
    /// leaves the directory's earlier files whole.
    /// </summary>
    public static void Write(string directory, RunPlan plan, RunOutput output)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var rendered = Render(plan, output);
        foreach (var (name, text) in rendered)
        {
            File.WriteAllText(Path.Combine(directory, name + ".tmp"), text, utf8);
        }

        foreach (var (name, _) in rendered)
        {
            File.Move(Path.Combine(directory, name + ".tmp"), Path.Combine(directory, name), overwrite: true);
        }
    }
}
