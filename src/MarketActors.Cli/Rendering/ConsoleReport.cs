using System.Text.RegularExpressions;
using MarketActors.Reporting;
using MarketActors.Reporting.Tables;
using Spectre.Console;

namespace MarketActors.Cli.Rendering;

/// <summary>
/// Shows a run on the console: a heading, the timeline (each event with its analyst's note under it), the answers
/// and the end state.
/// </summary>
public static partial class ConsoleReport
{
    /// <summary>Writes the whole report.</summary>
    public static void Render(IAnsiConsole console, RunView run, RunReport report, string engine, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        var timeline = run.Output.Timeline;
        console.Write(new Rule($"[bold]{Markup.Escape(run.World.Title)}[/]").LeftJustified());
        var span = timeline.Length == 0 ? "no events" : $"{timeline.Length} {(timeline.Length == 1 ? "event" : "events")}, {Dates.Iso(timeline[0].At)} to {Dates.Iso(timeline[^1].At)}";
        console.MarkupLine($"[grey]Scenario[/] {Markup.Escape(run.World.ScenarioId)} [grey]·[/] {span} [grey]· seed[/] {run.Plan.Seed} [grey]· replayed by[/] {Markup.Escape(engine)}");
        console.WriteLine();
        if (quiet)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("[bold]Timeline[/]").Expand();
        table.AddColumn("Date");
        table.AddColumn("Event");
        table.AddColumn("Source");
        table.AddColumn("What it moved");
        foreach (var entry in timeline)
        {
            var changes = ChangeSummary.Lines(entry, run.World).Select(l => $"[bold]{Markup.Escape(l.Actor)}[/] {Markup.Escape(l.Changes)}");
            table.AddRow(
                new Markup(Dates.Iso(entry.At)),
                new Markup(Markup.Escape(entry.Description) + (entry.Note is { Length: > 0 } note ? "\n[italic grey]Analyst's note:[/] [italic]" + Markup.Escape(note) + "[/]" : string.Empty)),
                new Markup("[grey]" + Markup.Escape(string.Join(", ", entry.Sources)) + "[/]"),
                new Markup(string.Join("\n", changes)));
        }

        console.Write(table);
        console.WriteLine();
        foreach (var answer in report.Answers)
        {
            Write(console, answer);
        }

        foreach (var state in report.EndState)
        {
            Write(console, state);
        }
    }

    /// <summary>True for cells that read as figures ($500B, -$34.6B (-78.64%), $44B → $9.4B, 100,000, —): they align right.</summary>
    private static bool IsFigure(string cell)
    {
        var bare = Parenthesised().Replace(cell, string.Empty).Trim();
        return bare.Length == 0 || bare == "—" || bare.Split([" → ", " to "], StringSplitOptions.None).All(part => FigurePattern().IsMatch(part.Trim()));
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^[~<+-]?\s?\$?\d[\d,.]*(k|M|B|T)?%?×?$")]
    private static partial Regex FigurePattern();

    /// <summary>Writes one table, figures aligned right, with its notes under it.</summary>
    internal static void Write(IAnsiConsole console, ReportTable report)
    {
        if (report.IsEmpty)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(report.Title)}[/]");
        for (var i = 0; i < report.Columns.Length; i++)
        {
            var column = new TableColumn(Markup.Escape(report.Columns[i]));
            var numeric = report.Rows.All(r => IsFigure(r[i]));
            table.AddColumn(numeric ? column.RightAligned() : column);
        }

        foreach (var row in report.Rows)
        {
            table.AddRow(row.Select(c => new Markup(Markup.Escape(c))));
        }

        console.Write(table);
        foreach (var note in report.Notes)
        {
            console.MarkupLine("  [grey]" + Markup.Escape(note) + "[/]");
        }

        console.WriteLine();
    }
}
