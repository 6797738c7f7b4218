using MarketActors.Reporting.Files;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Reporting.Tests.Files;

public sealed class SummaryMarkdownTests
{
    private const string Scenario = """
        scenario: notes
        title: A story with notes
        sources:
          memo: { title: "Board memo", date: 2025-03-01 }
        actors:
          - { id: acme, kind: company, name: Acme }
          - { id: fund, kind: investor, name: Big Fund }
        events:
          - { at: 2025-03-01, type: investment-made, company: acme, investor: fund, amount: 200M, stake: 10%, source: memo#p1, note: "Priced at a 20% discount | a side letter" }
          - { at: 2025-06-30, type: valuation-marked, company: acme, change: -25%, source: memo#p4 }
        """;

    [Fact]
    public void The_timeline_gives_an_event_s_analyst_s_note_in_its_event_cell_under_the_description()
    {
        var run = Replay(Scenario);

        var markdown = SummaryMarkdown.Write(run, RunReport.Build(run));

        var rows = Timeline(markdown);
        Assert.Equal(2, rows.Count);
        var cells = Cells(rows[0]);
        Assert.Equal("2025-03-01", cells[0]);
        Assert.Equal(run.Output.Timeline[0].Description + "<br>*Analyst's note:* Priced at a 20% discount \\| a side letter", cells[1]);
        Assert.Equal("memo#p1", cells[2]);
        Assert.DoesNotContain("note", rows[1], StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> Timeline(string markdown) =>
        [.. markdown[markdown.IndexOf("## Timeline", StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith("| 20", StringComparison.Ordinal))];

    /// <summary>The cells of a table row; an escaped bar (\|) stays in its cell.</summary>
    private static string[] Cells(string row) =>
        [.. row.Trim().Trim('|').Replace("\\|", "\u0000", StringComparison.Ordinal).Split('|').Select(c => c.Trim().Replace("\u0000", "\\|", StringComparison.Ordinal))];

    private static RunView Replay(string yaml)
    {
        var compiled = ScenarioLoader.CompileAndCheck(yaml, "notes.yaml");
        Assert.Empty(compiled.Diagnostics);
        var plan = compiled.Scenario!.Plan;
        return new RunView(plan, ReferenceReplayer.Replay(plan));
    }
}
