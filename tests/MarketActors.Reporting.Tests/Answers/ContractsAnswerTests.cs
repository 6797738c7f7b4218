using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class ContractsAnswerTests
{
    [Fact]
    public void Each_contract_shows_its_parties_terms_and_the_sellers_backlog_after_it()
    {
        var contracts = ContractsAnswer.Build(Stories.FromYaml("""
            scenario: contracts-test
            title: Two contracts
            sources:
              memo: { title: Memo, date: 2025-03-01 }
            actors:
              - { id: openai, kind: company, name: OpenAI }
              - { id: oracle, kind: company, name: Oracle }
              - { id: meta, kind: company, name: Meta }
            events:
              - { at: 2025-09-10, type: contract-signed, buyer: openai, seller: oracle, total: ~300B, term: 5y, what: compute, source: memo#1 }
              - { at: 2025-10-01, type: contract-signed, buyer: meta, seller: oracle, total: 20B, source: memo#2 }
            """).View).Titled("Contracts");

        var first = contracts.Cells(contracts.Rows[0]);
        Assert.Equal(("OpenAI", "Oracle", "compute", "~$300B", "5y", "~$300B"), (first["Buyer"], first["Seller"], first["What"], first["Total"], first["Term"], first["Seller's backlog after"]));
        Assert.Equal("~$320B", contracts.Cells(contracts.Rows[1])["Seller's backlog after"]); // about 300 + exactly 20
    }
}
