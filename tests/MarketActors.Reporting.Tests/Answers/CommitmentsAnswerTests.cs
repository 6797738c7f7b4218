using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class CommitmentsAnswerTests
{
    [Fact]
    public void Each_release_is_listed_with_what_brought_the_capacity_online()
    {
        // Nvidia: up to $100B into OpenAI, $10B per gigawatt online at OpenAI's sites, as shares. OpenAI is marked at
        // $300B; Abilene (operated by OpenAI) brings 1.2 GW online (one gigawatt: $10B at $300B, post-money $310B), then
        // 900 MW (2.1 GW counted: the second $10B, at $310B, post-money $320B).
        var run = Stories.FromYaml("""
            scenario: commitments-test
            title: Nvidia and OpenAI
            sources:
              memo: { title: Memo, date: 2025-09-22 }
            actors:
              - { id: openai, kind: company, name: OpenAI }
              - { id: nvidia, kind: company, name: Nvidia }
              - { id: fund, kind: investor, name: Fund }
              - { id: abilene, kind: project, name: Abilene campus, operator: openai }
            events:
              - { at: 2025-03-31, type: valuation-marked, company: openai, value: 300B, source: memo#1 }
              - { at: 2025-09-22, id: nvidia-openai, type: commitment-made, by: nvidia, to: openai, up-to: 100B, release: 10B, per: 1 GW, as: investment, source: memo#2 }
              - { at: 2025-09-22, id: fund-abilene, type: commitment-made, by: fund, to: abilene, up-to: 1B, release: 500M, per-gpus: 100k, as: funding, source: memo#3 }
              - { at: 2025-09-23, type: power-planned, site: abilene, power: 1.2 GW, source: memo#4 }
              - { at: 2026-01-15, type: power-deployed, site: abilene, power: 1.2 GW, source: memo#5 }
              - { at: 2026-06-01, type: power-deployed, site: abilene, power: 900 MW, source: memo#6 }
            """).View;

        var table = CommitmentsAnswer.Build(run).Titled("Commitments released");

        Assert.Equal(3, table.Rows.Length);
        var first = table.Cells(table.Rows[0]);
        Assert.Equal(("2026-01-15", "Nvidia", "OpenAI", "$10B", "$10B", "$100B", "Abilene campus: 1.2 GW of power online", "memo#5"),
            (first["Date"], first["From"], first["To"], first["Released"], first["So far"], first["Up to"], first["What brought it online"], first["Source"]));
        var second = table.Cells(table.Rows[1]);
        Assert.Equal(("2026-06-01", "$10B", "$20B", "Abilene campus: 900 MW of power online"), (second["Date"], second["Released"], second["So far"], second["What brought it online"]));

        // The fund's commitment counts GPUs, and none came online.
        var none = table.Cells(table.Rows[2]);
        Assert.Equal(("2025-09-22", "Fund", "Abilene campus", "—", "$0", "nothing yet"), (none["Date"], none["From"], none["To"], none["Released"], none["So far"], none["What brought it online"]));
        Assert.Contains(table.Notes, n => n.StartsWith("Nvidia → OpenAI (nvidia-openai, 2025-09-22): up to $100B, $10B for each 1 GW brought online", StringComparison.Ordinal) && n.EndsWith("$20B released, $80B still committed.", StringComparison.Ordinal));

        // The books agree: OpenAI at $320B, Nvidia paid $20B for 20/320 of it, and both memo books show committed beside released.
        var openai = run.End(new ActorId("openai"));
        var nvidia = run.End(new ActorId("nvidia"));
        Assert.Equal(320_000_000_000m, openai.Valuation);
        Assert.Equal((100_000_000_000m, 20_000_000_000m), (openai.Metric(Metric.CapitalCommitted), openai.Metric(Metric.CapitalFunded)));
        Assert.Equal((100_000_000_000m, 20_000_000_000m, -20_000_000_000m), (nvidia.Metric(Metric.CommitmentsMade), nvidia.Metric(Metric.CommitmentsReleased), nvidia.Metric(Metric.Cash)));
        Assert.Equal(0.0625m, decimal.Round(openai.Holders.Single(h => h.Actor == new ActorId("nvidia")).Value, 20));
    }
}
