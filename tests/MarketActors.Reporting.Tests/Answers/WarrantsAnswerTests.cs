using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class WarrantsAnswerTests
{
    [Fact]
    public void A_warrant_shows_what_it_covers_what_has_vested_and_its_worth_at_the_end()
    {
        var warrants = WarrantsAnswer.Build(Stories.FromYaml("""
            scenario: warrants-test
            title: A warrant that vests
            sources:
              memo: { title: Memo, date: 2025-10-06 }
            actors:
              - { id: amd, kind: company, name: AMD }
              - { id: openai, kind: company, name: OpenAI }
            events:
              - { at: 2025-10-03, type: valuation-marked, company: amd, price: 164.67, shares: 1.62B, source: memo#1 }
              - { at: 2025-10-06, id: amd-warrant, type: warrant-granted, company: amd, holder: openai, shares: 160M, strike: 0.01, source: memo#2 }
              - { at: 2026-10-01, type: warrant-vested, warrant: amd-warrant, shares: 16M, milestone: first gigawatt, source: memo#3 }
            """).View).Titled("Warrants");

        // 16M vested × ($164.67 − $0.01) = $2,634,560,000.
        var row = warrants.Cells(warrants.Rows[0]);
        Assert.Equal(("AMD", "OpenAI", "160,000,000 shares", "$0.01 a share", "16,000,000 shares", "$2.635B"), (row["Company"], row["Holder"], row["Covers"], row["Strike"], row["Vested"], row["Holder's warrants on it at the end"]));
    }
}
