using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class CommitmentRulesTests
{
    private const decimal B = 1_000_000_000m;

    // Abilene rolls up to Stargate (parent) and OpenAI (operator).
    private readonly Replay _replay = new(Of(Company("openai"), Company("nvidia"), Project("abilene", parent: "stargate", op: "openai"), Project("stargate")), Invariants.AfterMessage);

    private static CommitmentMade UpTo100BPerGw(ReleaseAs kind = ReleaseAs.Investment) =>
        new(Id("nvidia"), Id("openai"), Figure.Of(100 * B), Figure.Of(10 * B), Figure.Of(1_000m), ReleaseUnit.Megawatts, kind);

    [Fact]
    public void Each_gigawatt_brought_online_releases_10b_as_shares_at_the_valuation_of_the_day()
    {
        _replay.Tick(new ValuationMarked(Id("openai"), Figure.Of(300 * B), null, null));
        _replay.Tick(UpTo100BPerGw());

        // Committed: OpenAI's memo and Nvidia's, $100B each; nothing paid yet.
        Assert.Equal(100 * B, _replay.Metric("openai", Metric.CapitalCommitted));
        Assert.Equal(100 * B, _replay.Metric("nvidia", Metric.CommitmentsMade));
        Assert.Equal(0m, _replay.Metric("nvidia", Metric.Cash));

        // 1.2 GW online at Abilene: one whole gigawatt, $10B at $300B pre-money: post-money $310B, Nvidia 10/310.
        var first = _replay.Tick(new PowerPlanned(Id("abilene"), Figure.Of(1_200m), null), new PowerDeployed(Id("abilene"), Figure.Of(1_200m), GpuStatus.Online));
        Invariants.Settled(_replay);
        Assert.Equal(3, first.Supersteps); // Abilene, then OpenAI releases, then Nvidia pays and holds
        Assert.Equal(310 * B, _replay.Snapshot("openai").Valuation);
        Assert.Equal(10m / 310m, _replay.Share("openai", "nvidia"));
        Assert.Equal(-10 * B, _replay.Metric("nvidia", Metric.Cash));
        Assert.Equal(10 * B, _replay.Metric("nvidia", Metric.StakesValue)); // 10/310 × $310B, to the cent
        Assert.Equal(10 * B, _replay.Metric("openai", Metric.CapitalFunded));
        Assert.Equal(10 * B, _replay.Metric("nvidia", Metric.CommitmentsReleased));
        Assert.Equal(100 * B, _replay.Metric("nvidia", Metric.CommitmentsMade));

        // 900 MW more: 2.1 GW counted, two whole gigawatts, so the second $10B, at $310B: post-money $320B.
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(900m), GpuStatus.Online));
        Invariants.Settled(_replay);
        Assert.Equal(320 * B, _replay.Snapshot("openai").Valuation);
        Assert.Equal(-20 * B, _replay.Metric("nvidia", Metric.Cash));
        Assert.Equal(20 * B, _replay.Metric("nvidia", Metric.CommitmentsReleased));
        Assert.Equal(20 * B, _replay.Metric("openai", Metric.CapitalFunded));
        Assert.Equal(0.0625m, decimal.Round(_replay.Share("openai", "nvidia"), 20)); // 10/310 × 310/320 + 10/320 = 20/320

        // The memo books: committed and released side by side, each release named after the commitment.
        var nvidia = _replay.Snapshot("nvidia").Memo.ToDictionary(m => m.Key, m => m.Value);
        Assert.Equal((100 * B, 20 * B), (nvidia["commitment-made:openai"], nvidia["commitment-released:openai"]));
        Assert.Equal(2, _replay.Applied.Where(a => a.Actor == Id("openai")).SelectMany(a => a.Lines).Count(l => l.Account == Accounts.Funded && l.Memo == "released under #1"));
    }

    [Fact]
    public void A_commitment_never_releases_beyond_its_total()
    {
        _replay.Tick(new ValuationMarked(Id("openai"), Figure.Of(300 * B), null, null));
        _replay.Tick(UpTo100BPerGw() with { UpTo = Figure.Of(15 * B) });

        // 2.5 GW at once: two whole gigawatts would release $20B; the total stops it at $15B. More power releases nothing.
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(2_500m), GpuStatus.Online));
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(5_000m), GpuStatus.Online));

        Assert.Equal(15 * B, _replay.Metric("nvidia", Metric.CommitmentsReleased));
        Assert.Equal(-15 * B, _replay.Metric("nvidia", Metric.Cash));
        Assert.Equal(315 * B, _replay.Snapshot("openai").Valuation);
    }

    [Fact]
    public void Only_capacity_brought_online_after_the_commitment_counts()
    {
        _replay.Tick(new ValuationMarked(Id("openai"), Figure.Of(300 * B), null, null));

        // 1 GW online the same day, but written before the commitment: it does not count.
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(1_000m), GpuStatus.Online), UpTo100BPerGw());
        Assert.Equal(0m, _replay.Metric("nvidia", Metric.CommitmentsReleased));

        // 500 MW, then 500 MW: the second completes the first gigawatt counted.
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(500m), GpuStatus.Online));
        Assert.Equal(0m, _replay.Metric("nvidia", Metric.CommitmentsReleased));
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(500m), GpuStatus.Online));
        Assert.Equal(10 * B, _replay.Metric("nvidia", Metric.CommitmentsReleased));
    }

    [Fact]
    public void Funding_per_gpus_is_capital_paid_in_when_gpus_come_online_at_a_site_below_the_recipient()
    {
        // Up to $3B into Stargate, $1B for each 100,000 GPUs online, as funding.
        _replay.Tick(new CommitmentMade(Id("nvidia"), Id("stargate"), Figure.Of(3 * B), Figure.Of(1 * B), Figure.Of(100_000m), ReleaseUnit.Gpus, ReleaseAs.Funding));

        // 250,000 online at Abilene (of no stated model): two steps, $2B.
        _replay.Tick(new GpusDeployed(Id("abilene"), Actors.GpuModel.Unstated, Figure.Of(250_000m), GpuStatus.Online));
        Invariants.Settled(_replay);

        Assert.Equal(2 * B, _replay.Metric("stargate", Metric.Cash));
        Assert.Equal(2 * B, _replay.Metric("stargate", Metric.CapitalFunded));
        Assert.Equal(2 * B, _replay.Metric("stargate", Metric.NetWorth));
        Assert.Equal(-2 * B, _replay.Metric("nvidia", Metric.Cash));
        Assert.Equal(2 * B, _replay.Metric("nvidia", Metric.CapitalContributed));
        Assert.Equal(0m, _replay.Metric("nvidia", Metric.NetWorth)); // cash became a contribution at cost
        Assert.Equal(2 * B, _replay.Metric("nvidia", Metric.CommitmentsReleased));
        Assert.Empty(_replay.Snapshot("stargate").Holders); // funding issues nothing

        // Power does not count for a commitment that counts GPUs.
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(5_000m), GpuStatus.Online));
        Assert.Equal(2 * B, _replay.Metric("nvidia", Metric.CommitmentsReleased));
    }

    [Fact]
    public void An_investment_release_needs_a_valuation_to_price_it()
    {
        _replay.Tick(UpTo100BPerGw());

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(1_000m), GpuStatus.Online)));

        Assert.Equal("Nvidia's commitment '#0' releases $10B into Openai as an investment, but Openai has no valuation to price it: mark it first (valuation-marked), or make the commitment as: funding", error.Message);
    }
}
