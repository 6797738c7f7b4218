using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class DebtAnswerTests
{
    // A bank lends $1B; $500M is sold at 90% to a fund, the other $500M at par to buyers outside the story.
    private const string Story = """
        scenario: debt-test
        title: A loan sold in two halves
        sources:
          memo: { title: Memo, date: 2025-03-01 }
        actors:
          - { id: borrower, kind: company, name: Borrower }
          - { id: bank, kind: investor, name: Bank }
          - { id: fund, kind: investor, name: Fund }
        events:
          - { at: 2025-01-01, type: loan-made, borrower: borrower, lender: bank, amount: 1B, source: memo#1 }
          - { at: 2025-02-01, type: debt-sold, borrower: borrower, face: 500M, price: 90%, buyer: fund, source: memo#2 }
          - { at: 2025-03-01, type: debt-sold, borrower: borrower, face: 500M, price: 100%, sellers: [bank], source: memo#3 }
        """;

    [Fact]
    public void A_lender_that_sold_everything_shows_its_whole_loss_as_realised_and_nothing_unrealised()
    {
        var holders = DebtAnswer.Build(Stories.FromYaml(Story).View).Titled("Debt of Borrower");

        // It lent $1B and got back $450M + $500M: a $50M loss, all of it realised on the first sale.
        var bank = holders.Row("Bank");
        Assert.Equal(("$1B", "$1B", "$0"), (bank["Lent"], bank["Sold"], bank["Held now"]));
        Assert.Equal(("-$50M", "—", "-$50M"), (bank["Realised"], bank["Unrealised"], bank["Gain / loss"]));
    }

    [Fact]
    public void Original_lenders_and_buyers_are_totalled_apart()
    {
        var holders = DebtAnswer.Build(Stories.FromYaml(Story).View).Titled("Debt of Borrower");

        // The lenders lost $50M; the fund paid $450M for $500M now marked at par: $50M unrealised. Neither offsets the other.
        Assert.Equal("-$50M", holders.Row("Original lenders")["Gain / loss"]);
        var buyers = holders.Row("Buyers");
        Assert.Equal(("$1B", "$1B", "+$50M"), (buyers["Bought"], buyers["Held now"], buyers["Gain / loss"]));
        Assert.DoesNotContain(holders.Rows, r => r[0] == "All holders");
    }

    [Fact]
    public void Each_sale_shows_its_date_face_price_proceeds_discount_and_who_sold_how_much()
    {
        var sales = DebtAnswer.Build(Stories.FromYaml(Story).View).Titled("Sales of Borrower debt");

        Assert.Equal(2, sales.Rows.Length);
        var first = sales.Cells(sales.Rows[0]);
        Assert.Equal(("2025-02-01", "$500M", "90%", "$450M", "$50M"), (first["Date"], first["Face"], first["Price"], first["Proceeds"], first["Discount"]));
        Assert.Equal(("Bank $500M for $450M", "Fund"), (first["Sold by"], first["Bought by"]));
        var second = sales.Cells(sales.Rows[1]);
        Assert.Equal(("$500M", "100%", "$0", "Outside the scenario"), (second["Proceeds"], second["Price"], second["Discount"], second["Bought by"]));
    }

    [Fact]
    public void Each_offer_is_shown_against_what_became_of_it()
    {
        var offers = DebtAnswer.Build(Stories.FromYaml("""
            scenario: offers-test
            title: Offers that close and one that does not
            sources:
              memo: { title: Memo, date: 2025-03-01 }
            actors:
              - { id: borrower, kind: company, name: Borrower }
              - { id: bank, kind: investor, name: Bank }
            events:
              - { at: 2025-01-01, type: loan-made, borrower: borrower, lender: bank, amount: 10B, source: memo#1 }
              - { at: 2025-01-02, id: first, type: debt-sold, borrower: borrower, face: 3B, price: 90%, status: offered, source: memo#2 }
              - { at: 2025-01-03, type: debt-sold, borrower: borrower, face: 1B, price: 90%, fills: first, source: memo#3 }
              - { at: 2025-01-04, id: second, type: debt-sold, borrower: borrower, face: 2B, price: 85%, status: offered, supersedes: first, source: memo#4 }
              - { at: 2025-01-05, type: offer-closed, offer: second, outcome: withdrawn, reason: no buyers at 85%, source: memo#5 }
              - { at: 2025-01-06, id: third, type: debt-sold, borrower: borrower, face: 1B, price: 80%, status: offered, source: memo#6 }
              - { at: 2025-01-07, type: debt-sold, borrower: borrower, face: 1B, price: 80%, fills: third, source: memo#7 }
              - { at: 2025-01-08, id: fourth, type: debt-sold, borrower: borrower, face: 500M, price: 80%, status: offered, source: memo#8 }
            """).View).Titled("Offers of Borrower debt");

        Assert.Equal(4, offers.Rows.Length);
        Assert.Equal("superseded on 2025-01-04 by second; sold against it: 2025-01-03", offers.Cells(offers.Rows[0])["Outcome"]);
        Assert.Equal("$1B", offers.Cells(offers.Rows[0])["Sold against it"]);
        Assert.Equal("withdrawn on 2025-01-05 (no buyers at 85%)", offers.Cells(offers.Rows[1])["Outcome"]);
        Assert.Equal("filled", offers.Cells(offers.Rows[2])["Outcome"]);
        Assert.Equal("open", offers.Cells(offers.Rows[3])["Outcome"]);
    }
}
