using MarketActors.Cli.Rendering;
using MarketActors.Reporting;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;
using Spectre.Console.Testing;

namespace MarketActors.Cli.Tests.Rendering;

public sealed class ConsoleReportTests
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
          - { at: 2025-03-01, type: investment-made, company: acme, investor: fund, amount: 200M, stake: 10%, source: memo#p1, note: "Priced at a 20% discount to the last round" }
          - { at: 2025-06-30, type: valuation-marked, company: acme, change: -25%, source: memo#p4 }
        """;

    [Fact]
    public void The_timeline_shows_an_event_s_analyst_s_note_under_its_description_and_nothing_for_an_event_without_one()
    {
        var run = Replay(Scenario);
        var console = new TestConsole();
        console.Profile.Width = 200;

        ConsoleReport.Render(console, run, RunReport.Build(run), "the reference replayer", quiet: false);

        var lines = console.Output.Split('\n');
        var described = Array.FindIndex(lines, l => l.Contains(run.Output.Timeline[0].Description, StringComparison.Ordinal));
        var marked = Array.FindIndex(lines, l => l.Contains("Analyst's note: Priced at a 20% discount to the last round", StringComparison.Ordinal));
        var next = Array.FindIndex(lines, l => l.TrimStart().StartsWith("2025-06-30", StringComparison.Ordinal));
        Assert.True(described >= 0, console.Output);
        Assert.Equal(described + 1, marked);
        Assert.True(next > marked, console.Output);

        // Under the description, in the same column.
        Assert.Equal(lines[described].IndexOf(run.Output.Timeline[0].Description, StringComparison.Ordinal), lines[marked].IndexOf("Analyst's note:", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("Analyst's note", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_with_markup_characters_is_printed_as_written()
    {
        var run = Replay(Scenario.Replace("Priced at a 20% discount to the last round", "[sic] says [bold]", StringComparison.Ordinal));
        var console = new TestConsole();
        console.Profile.Width = 200;

        ConsoleReport.Render(console, run, RunReport.Build(run), "the reference replayer", quiet: false);

        Assert.Contains("Analyst's note: [sic] says [bold]", console.Output, StringComparison.Ordinal);
    }

    private static RunView Replay(string yaml)
    {
        var compiled = ScenarioLoader.CompileAndCheck(yaml, "notes.yaml");
        Assert.Empty(compiled.Diagnostics);
        var plan = compiled.Scenario!.Plan;
        return new RunView(plan, ReferenceReplayer.Replay(plan));
    }
}
