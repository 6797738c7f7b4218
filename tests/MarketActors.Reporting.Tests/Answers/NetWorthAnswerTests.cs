using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class NetWorthAnswerTests
{
    // Ann holds half of Acme (10M for 50%). On 2025-02-01 a source reports her net worth at $1B, and the same day Acme is
    // marked to $100M; on 2025-03-01 it is marked to $200M.
    private const string Story = """
        scenario: net-worth-test
        title: A report and the model
        sources:
          memo: { title: Memo, date: 2025-03-01 }
        actors:
          - { id: acme, kind: company, name: Acme }
          - { id: ann, kind: investor, name: Ann }
        events:
          - { at: 2025-01-01, type: investment-made, company: acme, investor: ann, amount: 10M, stake: 50%, source: memo#1 }
          - { at: 2025-02-01, type: net-worth-reported, actor: ann, value: 1B, source: memo#2 }
          - { at: 2025-02-01, type: valuation-marked, company: acme, value: 100M, source: memo#3 }
          - { at: 2025-03-01, type: valuation-marked, company: acme, value: 200M, source: memo#4 }
        """;

    [Fact]
    public void A_report_holds_for_its_day_and_the_model_moves_from_it_after()
    {
        var table = NetWorthAnswer.Build(Stories.FromYaml(Story).View).Titled("Reported net worth");

        // On the report's day the model is at the report, whatever the mark that day did: her half is worth $50M, the
        // story explains $40M of it ($50M less the $10M cash it cost), the rest is other holdings.
        var reported = table.Cells(table.Rows[0]);
        Assert.Equal(("2025-02-01", "$1B", "$1B", "$40M", "$960M"), (reported["Date"], reported["Reported"], reported["Net worth in the model"], reported["Explained by the story's events"], reported["Other holdings"]));

        // At the end the model has moved $50M from the report: her half of the next $100M.
        var end = table.Cells(table.Rows[1]);
        Assert.Equal(("2025-03-01", "—", "$1.05B", "$960M"), (end["Date"], end["Reported"], end["Net worth in the model"], end["Other holdings"]));
        Assert.Contains(table.Notes, n => n.Contains("move net worth by +$50M, to $1.05B", StringComparison.Ordinal));
    }
}
