using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class BidsAnswerTests
{
    [Fact]
    public void Each_bid_is_listed_with_what_became_of_it()
    {
        var bids = BidsAnswer.Build(Stories.FromYaml("""
            scenario: bids-test
            title: Three bids
            sources:
              memo: { title: Memo, date: 2025-03-01 }
            actors:
              - { id: openai, kind: company, name: OpenAI }
              - { id: musk, kind: investor, name: Elon Musk }
              - { id: fund, kind: investor, name: Fund }
            events:
              - { at: 2025-02-10, id: musk-bid, type: bid-made, target: openai, bidders: [musk, fund], price: 97.4B, source: memo#1 }
              - { at: 2025-02-14, type: offer-closed, offer: musk-bid, outcome: rejected, reason: not for sale, source: memo#2 }
              - { at: 2025-03-01, id: second, type: bid-made, target: openai, bidders: fund, price: 10B, stake: 5%, source: memo#3 }
              - { at: 2025-03-02, type: company-acquired, target: openai, acquirer: fund, stake: 5%, price: 10B, completes: second, source: memo#4 }
              - { at: 2025-03-03, type: bid-made, target: openai, bidders: musk, price: 150B, source: memo#5 }
            """).View).Titled("Bids");

        Assert.Equal(3, bids.Rows.Length);
        var first = bids.Cells(bids.Rows[0]);
        Assert.Equal(("Elon Musk, Fund", "$97.4B", "100%", "rejected on 2025-02-14 (not for sale) (memo#2)"), (first["Bidders"], first["Price"], first["For"], first["Outcome"]));
        Assert.StartsWith("completed on 2025-03-02: Fund buy 5% of OpenAI for $10B", bids.Cells(bids.Rows[1])["Outcome"], StringComparison.Ordinal);
        Assert.Equal("open", bids.Cells(bids.Rows[2])["Outcome"]);
    }
}
