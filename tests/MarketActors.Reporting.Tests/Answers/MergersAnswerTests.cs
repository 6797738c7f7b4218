using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class MergersAnswerTests
{
    [Fact]
    public void Each_company_of_a_merger_shows_its_value_and_its_share_of_the_whole()
    {
        var mergers = MergersAnswer.Build(Stories.FromYaml("""
            scenario: merger-test
            title: xAI absorbs X
            sources:
              memo: { title: Memo, date: 2025-03-28 }
            actors:
              - { id: xai, kind: company, name: xAI }
              - { id: x-corp, kind: company, name: X Corp }
              - { id: musk, kind: investor, name: Elon Musk }
            events:
              - { at: 2022-10-27, type: company-acquired, target: x-corp, acquirer: musk, stake: 79%, price: 34.76B, source: memo#1 }
              - { at: 2025-03-28, type: companies-merged, into: xai, values: { xai: 80B, x-corp: 33B }, source: memo#2 }
            """).View).Titled("All-stock mergers");

        // 80 / 113 = 70.80%, 33 / 113 = 29.20%.
        Assert.Equal(2, mergers.Rows.Length);
        Assert.Equal(("xAI", "$80B", "70.8%"), (mergers.Cells(mergers.Rows[0])["Company"], mergers.Cells(mergers.Rows[0])["Value in the deal"], mergers.Cells(mergers.Rows[0])["Share of the whole"]));
        Assert.Equal(("X Corp", "$33B", "29.2%"), (mergers.Cells(mergers.Rows[1])["Company"], mergers.Cells(mergers.Rows[1])["Value in the deal"], mergers.Cells(mergers.Rows[1])["Share of the whole"]));
        Assert.Contains(mergers.Notes, n => n.Contains("xAI is worth $113B", StringComparison.Ordinal));
    }
}
