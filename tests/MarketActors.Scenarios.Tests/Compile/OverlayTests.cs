using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Compile;

namespace MarketActors.Scenarios.Tests.Compile;

/// <summary>What-if overlays applied to the seed: what they change, and every problem reported in the file that causes it.</summary>
public sealed class OverlayTests
{
    private const string Overlay = "what-if.yaml";
    private static readonly string Seed = File.ReadAllText(Paths.Seed);

    [Fact]
    public void The_repository_s_overlay_reprices_both_debt_sales_and_names_the_run()
    {
        var overlay = Path.Combine(Paths.Root, "scenarios", "what-if", "x-debt-at-70.yaml");

        var result = ScenarioLoader.Load(Paths.Seed, [overlay]);

        Assert.Empty(result.Diagnostics);
        var plan = result.Scenario!.Plan;
        Assert.Equal("stargate-2025+x-debt-at-70", plan.World.ScenarioId);
        Assert.Equal("What if X Corp's debt had sold at 70–75% of face?", plan.World.Title);
        Assert.Equal(32, plan.Events.Length);
        foreach (var id in new[] { "ms-private-sale", "ms-offer" })
        {
            var sale = plan.Events.Single(e => e.Id == id);
            Assert.Equal(Figure.Between(0.70m, 0.75m), ((DebtSold)sale.Body).Price);
            Assert.Equal("what-if price; the article gives none", sale.Note);
        }
    }

    [Fact]
    public void An_overlay_removes_adds_and_changes_events_and_adds_sources_and_actors()
    {
        const string Text = """
            overlay: softbank-pays
            title: What if SoftBank paid in at once?
            base: stargate-2025
            sources:
              memo: { title: "Analyst memo", date: 2025-02-01 }
            actors:
              - { id: vision-fund, kind: investor, name: Vision Fund }
            remove: [musk-no-money]
            change:
              x-mark: { note: null }
            events:
              - { at: 2025-01-31, type: investment-made, company: openai, investor: vision-fund, amount: 1B, stake: 1%, source: memo#1 }
            """;

        var result = ScenarioLoader.CompileAndCheck(Seed, "stargate-2025.yaml", [new ScenarioText(Text, Overlay)]);

        Assert.Empty(result.Diagnostics);
        var plan = result.Scenario!.Plan;
        Assert.Equal(32, plan.Events.Length);
        Assert.DoesNotContain(plan.Events, e => e.Id == "musk-no-money");
        Assert.Null(plan.Events.Single(e => e.Id == "x-mark").Note);
        var added = plan.Events[^1];
        Assert.Equal((new DateOnly(2025, 1, 31), "investment-made"), (added.At, added.Type));
        Assert.Equal(["memo#1"], added.Sources.ToArray());
        Assert.Contains(plan.World.Actors, a => a.Id.Value == "vision-fund");
    }

    [Theory]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2024\n", "what-if.yaml:3:7: base: this overlay is for 'stargate-2024', but the scenario is 'stargate-2025'")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nchange:\n  x-mrk: { value: 12B }\n", "what-if.yaml:5:3: change: 'x-mrk' names no event of the base scenario (did you mean 'x-mark'?); events are addressed by their id:")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nchange:\n  x-mark: { id: y-mark }\n", "what-if.yaml:5:13: change: x-mark: an event's id cannot change; remove the event and add another")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nsources:\n  herald: { title: Other }\n", "what-if.yaml:5:3: sources: 'herald' is already in the base scenario; an overlay adds sources, it does not replace them")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nremove: [x-mark, nope]\n", "what-if.yaml:4:18: remove: 'nope' names no event of the base scenario; events are addressed by their id:")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nchanges: {}\n", "what-if.yaml:4:1: unknown overlay section 'changes' (did you mean 'change'?); sections are: overlay, title, description, base, sources, catalog, actors, people, remove, change, events")]
    [InlineData("overlay: X!\ntitle: t\nbase: stargate-2025\n", "what-if.yaml:1:10: overlay: must be a lower-case kebab-case id (letters, digits, '-'), like stargate-2025")]
    [InlineData("title: t\nbase: stargate-2025\n", "what-if.yaml:1:1: the overlay is missing overlay:")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nchange:\n  x-mark:\n    value: lots\n", "what-if.yaml:6:12: ")]
    [InlineData("overlay: x\ntitle: t\nbase: stargate-2025\nevents:\n  - { at: 2025-02-01, type: valuation-marked, company: nobody, value: 1B, source: herald#F21 }\n", "what-if.yaml:5:56: 'nobody' is not an actor in this scenario")]
    public void A_problem_an_overlay_causes_is_reported_in_the_overlay_at_its_line(string overlay, string expected)
    {
        var result = ScenarioLoader.CompileAndCheck(Seed, "stargate-2025.yaml", [new ScenarioText(overlay, Overlay)]);

        Assert.Null(result.Scenario);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(Overlay, d.File));
    }

    [Fact]
    public void A_rule_an_added_event_breaks_is_reported_at_that_event_in_the_overlay()
    {
        // Nobody holds debt of DeepSeek: selling it breaks a rule the dry run finds.
        const string Text = """
            overlay: x
            title: t
            base: stargate-2025
            events:
              - at: 2025-02-01
                type: debt-sold
                borrower: deepseek
                face: 1B
                price: 90%
                buyer: private-debt-investors
                source: herald#F18
            """;

        var result = ScenarioLoader.CompileAndCheck(Seed, "stargate-2025.yaml", [new ScenarioText(Text, Overlay)]);

        var problem = Assert.Single(result.Diagnostics);
        Assert.StartsWith("what-if.yaml:5:5: debt-sold event: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_given_as_a_scenario_says_how_to_use_it()
    {
        var result = ScenarioLoader.CompileAndCheck("overlay: x\ntitle: t\nbase: stargate-2025\n", "x.yaml");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("x.yaml:1:10: this file is an overlay of 'stargate-2025', not a scenario: give it with its base scenario, as in 'marketactors replay BASE.yaml --overlay x.yaml'", problem.ToString());
    }
}
