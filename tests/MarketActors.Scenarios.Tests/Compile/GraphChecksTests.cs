using System.Text;
using MarketActors.Scenarios.Compile;

namespace MarketActors.Scenarios.Tests.Compile;

public sealed class GraphChecksTests
{
    private const string Header = """
        scenario: graph
        title: Graph
        sources: { herald: Herald }

        """;

    [Fact]
    public void Reports_a_parent_cycle_once_at_the_member_written_first()
    {
        var diagnostics = Diagnostics(Header + """
            actors:
              - { id: feeder, kind: project, name: Feeder, parent: campus }
              - { id: stargate, kind: project, name: Stargate, parent: campus }
              - { id: campus, kind: project, name: Campus, parent: phase }
              - { id: phase, kind: project, name: Phase, parent: stargate }
            events: []
            """);

        // feeder only leads into the cycle; stargate is its first member in the file.
        Assert.Equal(["graph.yaml:6:60: parent cycle: stargate → campus → phase → stargate; a project cannot be its own parent, directly or through others"], diagnostics);
    }

    [Fact]
    public void Reports_a_project_that_is_its_own_parent()
    {
        var diagnostics = Diagnostics(Header + """
            actors:
              - { id: stargate, kind: project, name: Stargate, parent: stargate }
            events: []
            """);

        Assert.Equal(["graph.yaml:5:60: parent cycle: stargate → stargate; a project cannot be its own parent, directly or through others"], diagnostics);
    }

    [Fact]
    public async Task Walks_a_chain_of_20_000_projects_in_linear_time()
    {
        var text = new StringBuilder(Header).Append("actors:\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("  - { id: p").Append(i).Append(", kind: project, name: P, parent: p").Append(i + 1).Append(" }\n");
        }

        text.Append("  - { id: p20000, kind: project, name: P }\nevents: []\n");

        var result = await Task.Run(() => ScenarioCompiler.Compile(text.ToString(), "graph.yaml")).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Reports_an_ownership_cycle_through_several_holders_at_the_event_that_closes_it()
    {
        var diagnostics = Diagnostics(Header + """
            actors:
              - { id: alpha, kind: company, name: Alpha }
              - { id: beta, kind: company, name: Beta }
              - { id: gamma, kind: company, name: Gamma }
            events:
              - { at: 2024-03-01, type: company-acquired, target: alpha, acquirer: gamma, stake: 30%, price: 3B, source: herald }
              - { at: 2024-01-01, type: investment-made, company: beta, investor: alpha, amount: 1B, stake: 10%, source: herald }
              - { at: 2024-02-01, type: investment-made, company: gamma, investor: beta, amount: 1B, stake: 10%, source: herald }
            """);

        // In date order alpha holds beta, beta holds gamma; gamma buying alpha (written first) closes the cycle.
        Assert.Equal(["graph.yaml:9:5: ownership cycle: gamma would hold alpha, which already holds gamma (directly or through others)"], diagnostics);
    }

    [Fact]
    public void Reports_an_actor_buying_its_own_shares()
    {
        var diagnostics = Diagnostics(Header + """
            actors:
              - { id: alpha, kind: company, name: Alpha }
            events:
              - { at: 2024-01-01, type: investment-made, company: alpha, investor: alpha, amount: 1B, stake: 10%, source: herald }
            """);

        Assert.Equal(["graph.yaml:7:5: alpha cannot buy shares of itself"], diagnostics);
    }

    private static string[] Diagnostics(string text) =>
        [.. ScenarioCompiler.Compile(text, "graph.yaml").Diagnostics.Select(d => d.ToString())];
}
