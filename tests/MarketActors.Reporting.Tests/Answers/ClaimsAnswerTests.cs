using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class ClaimsAnswerTests
{
    // Musk says SoftBank has well under $10B for Stargate; on 1 March SoftBank commits $19B, which contradicts him. A
    // second claim, that the site will slip, is never settled.
    private const string Story = """
        scenario: claims-test
        title: A claim and what became of it
        sources:
          herald: { title: Herald }
          report: { title: Report }
        actors:
          - { id: stargate, kind: project, name: Stargate }
          - { id: softbank, kind: investor, name: SoftBank }
        people:
          - { id: musk, name: Elon Musk }
        events:
          - { at: 2025-01-21, type: funding-announced, project: stargate, total: 500B, source: herald#F01 }
          - { at: 2025-01-22, id: musk-doubts, type: claim-made, by: musk, subject: stargate, about: softbank, says: They don't have the money, figure: "< 10B", source: herald#F05 }
          - { at: 2025-01-23, id: slip, type: claim-made, by: musk, subject: stargate, says: The site will slip, source: herald#F06 }
          - { at: 2025-03-01, id: softbank-commits, type: funding-committed, project: stargate, by: softbank, amount: 19B, source: report#p3 }
          - { at: 2025-03-01, type: claim-resolved, claim: musk-doubts, outcome: contradicted, by: softbank-commits, source: report#p3 }
        """;

    [Fact]
    public void Each_claim_is_linked_to_its_outcome_and_the_event_that_settled_it_or_said_to_be_open()
    {
        var claims = ClaimsAnswer.Build(Stories.FromYaml(Story).View).Titled("Claims and what became of them");

        var doubt = claims.Row("2025-01-22");
        Assert.Equal(("Elon Musk", "Stargate (SoftBank)", "< $10B", "contradicted on 2025-03-01", "softbank-commits: SoftBank commits $19B to Stargate (report#p3)", "herald#F05"),
            (doubt["By"], doubt["About"], doubt["Figure"], doubt["Outcome"], doubt["Settled by"], doubt["Source"]));
        var slip = claims.Row("2025-01-23");
        Assert.Equal(("—", "open at the end (2025-03-01)", "—"), (slip["Figure"], slip["Outcome"], slip["Settled by"]));
    }

    [Fact]
    public void The_capital_table_shows_each_contested_figure_with_what_had_become_of_it_by_that_date()
    {
        var capital = CapitalAnswer.Build(Stories.FromYaml(Story).View).Titled("Capital of Stargate");

        // Capital moved on 21 January (announced), 22 January (contested) and 1 March (committed).
        Assert.Equal(["2025-01-21", "2025-01-22", "2025-03-01"], capital.Rows.Select(r => r[0]));
        Assert.Equal("—", capital.Row("2025-01-21")["Contested"]);
        Assert.Equal("< $10B secured by SoftBank, says Elon Musk (herald#F05); open", capital.Row("2025-01-22")["Contested"]);
        var march = capital.Row("2025-03-01");
        Assert.Equal(("$500B", "$19B", "< $10B secured by SoftBank, says Elon Musk (herald#F05); contradicted on 2025-03-01 by softbank-commits"), (march["Announced"], march["Committed"], march["Contested"]));
    }
}
