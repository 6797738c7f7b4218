using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class RoundsAnswerTests
{
    // A $40B round at $300B post-money: $10B from others at the close, SoftBank's $30B in two tranches, the second
    // conditional (cut to $12.5B if the conversion is not done by the end of 2025).
    private const string Story = """
        scenario: round-test
        title: A round in tranches
        sources:
          memo: { title: Memo, date: 2025-03-01 }
        actors:
          - { id: openai, kind: company, name: OpenAI }
          - { id: softbank, kind: investor, name: SoftBank }
          - { id: others, kind: investor, name: Other investors }
        events:
          - at: 2025-03-31
            id: openai-2025
            type: round-closed
            company: openai
            post-money: 300B
            investors: { softbank: 30B, others: 10B }
            tranches:
              - { investor: softbank, amount: 7.5B, at: 2025-04-15 }
              - { investor: softbank, amount: 22.5B, at: 2025-12-31, condition: for-profit-conversion, if-unmet: 12.5B }
            source: memo#1
          - { at: 2025-10-28, type: condition-resolved, round: openai-2025, condition: for-profit-conversion, met: MET, source: memo#2 }
        """;

    [Theory]
    [InlineData("true", "$22.5B", "paid in full: for-profit-conversion met on 2025-10-28")]
    [InlineData("false", "$12.5B", "cut to $12.5B: for-profit-conversion not met on 2025-10-28")]
    public void Each_investor_and_tranche_shows_what_was_committed_what_was_paid_and_why(string met, string paid, string outcome)
    {
        var rounds = RoundsAnswer.Build(Stories.FromYaml(Story.Replace("MET", met, StringComparison.Ordinal)).View).Titled("Priced rounds");

        Assert.Equal(3, rounds.Rows.Length);
        var close = rounds.Cells(rounds.Rows[0]);
        Assert.Equal(("2025-03-31", "Other investors", "$10B", "$10B", "paid at the close"), (close["Date"], close["Investor"], close["Committed"], close["Paid"], close["What happened"]));
        var first = rounds.Cells(rounds.Rows[1]);
        Assert.Equal(("2025-04-15", "SoftBank", "$7.5B", "$7.5B"), (first["Date"], first["Investor"], first["Committed"], first["Paid"]));
        var second = rounds.Cells(rounds.Rows[2]);
        Assert.Equal(("2025-12-31", "$22.5B", paid, outcome), (second["Date"], second["Committed"], second["Paid"], second["What happened"]));
        Assert.Contains("$40B committed at $260B pre-money, $300B post-money", Assert.Single(rounds.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tranche_whose_condition_nobody_resolved_lapses_at_its_date()
    {
        var story = Story.Replace("if-unmet: 12.5B ", string.Empty, StringComparison.Ordinal);
        story = story[..story.IndexOf("  - { at: 2025-10-28", StringComparison.Ordinal)];

        var rounds = RoundsAnswer.Build(Stories.FromYaml(story).View).Titled("Priced rounds");

        var second = rounds.Cells(rounds.Rows[2]);
        Assert.Equal(("$0", "lapsed: for-profit-conversion not met by 2025-12-31"), (second["Paid"], second["What happened"]));
    }
}
