using System.Text;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Files;

/// <summary>summary.md: the answers, the end state and the timeline (each event with its analyst's note), as Markdown.</summary>
public static class SummaryMarkdown
{
    /// <summary>The file's text.</summary>
    public static string Write(RunView run, RunReport report, IReadOnlyList<string>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("# ").Append(run.World.Title).Append("\n\n");
        var ticks = run.Output.Timeline.Select(t => t.At).Distinct().Count();
        sb.Append($"Scenario `{run.World.ScenarioId}`, seed {run.Plan.Seed}: {run.Output.Timeline.Length} events over {ticks} dates");
        if (run.Output.Timeline.Length > 0)
        {
            sb.Append($", {Dates.Iso(run.Output.Timeline[0].At)} to {Dates.Iso(run.Output.Timeline[^1].At)}");
        }

        sb.Append('.');
        if (run.Plan.KnownAt is not null || run.Plan.Events.Any(e => e.Known is not null || !e.Revisions.IsDefaultOrEmpty))
        {
            sb.Append(" The story ").Append(run.Plan.View).Append('.');
        }

        sb.Append("\n\n");
        foreach (var chart in charts ?? [])
        {
            sb.Append("![").Append(Path.GetFileNameWithoutExtension(chart)).Append("](").Append(chart).Append(")\n");
        }

        sb.Append(charts is { Count: > 0 } ? "\n## Answers\n\n" : "## Answers\n\n");
        foreach (var table in report.Answers)
        {
            Table(sb, table);
        }

        sb.Append("## End state\n\n");
        foreach (var table in report.EndState)
        {
            Table(sb, table);
        }

        sb.Append("## Timeline\n\n| Date | Event | Source | Changes |\n|---|---|---|---|\n");
        foreach (var entry in run.Output.Timeline)
        {
            var changes = string.Join("<br>", ChangeSummary.Lines(entry, run.World).Select(l => $"{l.Actor}: {l.Changes}"));
            var note = entry.Note is { Length: > 0 } ? $"<br>*Analyst's note:* {entry.Note}" : string.Empty;
            sb.Append($"| {Dates.Iso(entry.At)} | {Cell(entry.Description + note)} | {Cell(string.Join(", ", entry.Sources))} | {Cell(changes)} |\n");
        }

        return sb.ToString();
    }

    /// <summary>Appends a table under a level-3 heading, with its notes as a list.</summary>
    internal static void Table(StringBuilder sb, ReportTable table)
    {
        sb.Append("### ").Append(table.Title).Append("\n\n");
        sb.Append("| ").AppendJoin(" | ", table.Columns.Select(Cell)).Append(" |\n");
        sb.Append('|').Append(string.Concat(table.Columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }

        sb.Append('\n');
        foreach (var note in table.Notes)
        {
            sb.Append("- ").Append(note).Append('\n');
        }

        if (table.Notes.Length > 0)
        {
            sb.Append('\n');
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
