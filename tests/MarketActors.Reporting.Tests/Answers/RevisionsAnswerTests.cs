using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class RevisionsAnswerTests
{
    // R1's training cost: ~$5.5M at the release, $1.6B as disclosed on 10 June, $2B on 1 September. A $500M donation of
    // 1 March is disclosed on 1 May.
    private const string Story = """
        scenario: revisions-test
        title: Costs disclosed later
        sources:
          wire: { title: Wire }
          report: { title: Report }
        actors:
          - { id: deepseek, kind: company, name: DeepSeek }
          - { id: fund, kind: investor, name: Fund }
        events:
          - { at: 2025-01-20, id: r1-release, type: model-released, company: deepseek, model: R1, training-cost: ~5.5M, source: wire#2 }
          - { at: 2025-03-01, known: 2025-05-01, type: donation-made, from: fund, to: deepseek, amount: 500M, source: report#1 }
          - { at: 2025-06-10, type: figure-revised, event: r1-release, figures: { training-cost: 1.6B }, source: report#2 }
          - { at: 2025-09-01, type: figure-revised, event: r1-release, figures: { training-cost: 2B }, source: [report#4, wire#5] }
        """;

    [Fact]
    public void Each_revised_figure_shows_what_was_known_before_what_it_became_when_and_on_whose_word()
    {
        var tables = RevisionsAnswer.Build(Stories.FromYaml(Story).View).ToList();

        var revisions = tables.Titled("Figures revised after the fact");
        Assert.Equal(2, revisions.Rows.Length);
        var first = revisions.Cells(revisions.Rows[0]);
        Assert.Equal(("2025-01-20", "r1-release (model-released)", "training-cost", "~$5.5M", "2025-01-20", "$1.6B", "2025-06-10", "wire#2; revised by report#2"),
            (first["Date"], first["Event"], first["Field"], first["As known before"], first["Known since"], first["Revised to"], first["Revised on"], first["Sources"]));

        // The second revision starts from the first: $1.6B, known since 10 June.
        var second = revisions.Cells(revisions.Rows[1]);
        Assert.Equal(("$1.6B", "2025-06-10", "$2B", "2025-09-01", "wire#2; revised by report#4, wire#5"), (second["As known before"], second["Known since"], second["Revised to"], second["Revised on"], second["Sources"]));
        Assert.Contains("as later revised", Assert.Single(revisions.Notes), StringComparison.Ordinal);

        var late = tables.Titled("Events disclosed after they happened").Row("2025-03-01");
        Assert.Equal(("2025-05-01", "Fund donates $500M to DeepSeek", "report#1"), (late["Known"], late["Event"], late["Sources"]));
    }

    [Fact]
    public void As_known_at_a_date_only_the_revisions_known_then_are_listed()
    {
        var tables = RevisionsAnswer.Build(Stories.FromYaml(Story, new DateOnly(2025, 7, 1)).View).ToList();

        var revisions = tables.Titled("Figures revised after the fact");
        var only = revisions.Cells(Assert.Single(revisions.Rows));
        Assert.Equal(("~$5.5M", "$1.6B"), (only["As known before"], only["Revised to"]));
        Assert.Contains("as known at 2025-07-01", Assert.Single(revisions.Notes), StringComparison.Ordinal);

        // As known at 1 April nothing has been revised or disclosed late yet: no table at all.
        Assert.Empty(RevisionsAnswer.Build(Stories.FromYaml(Story, new DateOnly(2025, 4, 1)).View));
    }
}
