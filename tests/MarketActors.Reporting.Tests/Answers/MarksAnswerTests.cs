using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class MarksAnswerTests
{
    private const string Story = """
        scenario: marks-test
        title: A first valuation, then a change
        sources:
          memo: { title: Memo, date: 2025-03-01 }
        actors:
          - { id: acme, kind: company, name: Acme }
          - { id: fund, kind: investor, name: Fund }
        events:
          - { at: 2025-01-01, type: valuation-marked, company: acme, value: 350B, source: memo#1 }
          - { at: 2025-02-01, type: investment-made, company: acme, investor: fund, amount: 35B, stake: 10%, source: memo#2 }
          - { at: 2025-03-01, type: valuation-marked, company: acme, change: +36%, source: memo#3 }
          - { at: 2025-03-01, type: valuation-marked, company: acme, change: -10%, source: memo#3 }
        """;

    [Fact]
    public void A_first_valuation_is_set_not_a_change_from_nothing()
    {
        var marks = MarksAnswer.Build(Stories.FromYaml(Story).View).Titled("Valuation marks");

        var first = marks.Cells(marks.Rows[0]);
        Assert.Equal(("set at $350B", "first valuation"), (first["Value"], first["Change"]));
        Assert.DoesNotContain(marks.Rows, r => r.Any(c => c.Contains("$0 →", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_change_moves_the_valuation_and_each_holder_by_its_share()
    {
        var marks = MarksAnswer.Build(Stories.FromYaml(Story).View).Titled("Valuation marks");

        // The round put Acme at $350B (35B for 10%); +36% is $476B, and the fund's 10% gains $12.6B.
        var change = marks.Cells(marks.Rows[1]);
        Assert.Equal(("$350B → $476B", "+$126B (+36%)", "Fund", "+$12.6B"), (change["Value"], change["Change"], change["Holder"], change["Holder's net worth"]));
    }

    [Fact]
    public void Each_note_under_the_table_is_shown_once()
    {
        var marks = MarksAnswer.Build(Stories.FromYaml(Story).View).Titled("Valuation marks");

        Assert.Equal(marks.Notes.Distinct().Count(), marks.Notes.Length);
        Assert.Equal(3, marks.Notes.Length); // the two marks of 2025-03-01 describe themselves differently
    }
}
