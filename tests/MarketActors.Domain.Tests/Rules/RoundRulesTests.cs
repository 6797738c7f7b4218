using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class RoundRulesTests
{
    private const decimal B = 1_000_000_000m;

    private readonly Replay _replay = new(
        Of(Company("openai"), Investor("msft"), Investor("softbank"), Investor("thrive"), Investor("coatue")),
        Invariants.AfterMessage);

    [Fact]
    public void Investors_of_one_round_pay_at_one_price_and_do_not_dilute_each_other()
    {
        // Microsoft holds 10% of a company worth 100B. The round: 30B + 6B + 4B committed at 300B post-money, so 260B pre.
        _replay.Tick(new InvestmentMade(Id("openai"), Id("msft"), Figure.Of(10 * B), 0.1m));
        _replay.Tick(Round(post: 300, ("softbank", 30), ("thrive", 6), ("coatue", 4)));

        // Each investor holds its money over the post-money value, exactly: 10%, 2%, 4/300. Microsoft is diluted by the
        // whole round at once: 10% × 260/300, worth 26B, a gain of 16B on the 10B it paid.
        Assert.Equal(300 * B, _replay.Book("openai").Valuation);
        Assert.Equal(0.1m, _replay.Share("openai", "softbank"));
        Assert.Equal(0.02m, _replay.Share("openai", "thrive"));
        Assert.Equal(4m / 300m, _replay.Share("openai", "coatue"));
        Assert.Equal(30 * B, _replay.Metric("softbank", Metric.StakesValue));
        Assert.Equal(26 * B, _replay.Metric("msft", Metric.StakesValue));
        Assert.Equal(16 * B, _replay.Metric("msft", Metric.Unrealized));
        Assert.Equal(40 * B, _replay.Metric("openai", Metric.CapitalCommitted));
        Assert.Equal(40 * B, _replay.Metric("openai", Metric.CapitalFunded));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Tranches_are_paid_on_their_dates_at_the_round_price()
    {
        _replay.Tick(new InvestmentMade(Id("openai"), Id("msft"), Figure.Of(10 * B), 0.1m));
        var tranches = new[] { Tranche("softbank", 10, null, null), Tranche("softbank", 20, null, null) };
        _replay.Tick(Round(300, tranches, ("softbank", 30), ("thrive", 10)) with { });

        // At the close only Thrive pays: 10B at 260B pre-money, so 10/270 of the company, now worth 270B.
        Assert.Equal(270 * B, _replay.Book("openai").Valuation);
        Assert.Equal(30 * B, _replay.Metric("softbank", Metric.CommitmentsMade));
        Assert.Equal(0m, _replay.Metric("softbank", Metric.StakesValue));

        _replay.Tick(new TrancheSettled(Id("openai"), "#1", 0, tranches[0]));
        _replay.Tick(new TrancheSettled(Id("openai"), "#1", 1, tranches[1]));

        // Once all is paid, everyone holds exactly what it would have had all paid at the close.
        Assert.Equal(300 * B, _replay.Book("openai").Valuation);
        Assert.Equal(0.1m, _replay.Share("openai", "softbank"));
        Assert.Equal(10 * B, _replay.Metric("thrive", Metric.StakesValue));
        Assert.Equal(26 * B, _replay.Metric("msft", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    [Theory]
    [InlineData(true, 22.5, 0)]
    [InlineData(false, 12.5, 10)]
    public void A_conditional_tranche_pays_in_full_only_if_its_condition_was_met_by_its_date(bool met, double paid, double released)
    {
        var tranches = new[] { Tranche("softbank", 7.5m, null, null), Tranche("softbank", 22.5m, "for-profit", 12.5m) };
        _replay.Tick(Round(300, tranches, ("softbank", 30), ("thrive", 10)));
        _replay.Tick(new TrancheSettled(Id("openai"), "#0", 0, tranches[0]));
        _replay.Tick(new ConditionResolved(Id("openai"), "#0", "for-profit", met));
        _replay.Tick(new TrancheSettled(Id("openai"), "#0", 1, tranches[1]));

        // SoftBank paid 7.5B and then 22.5B, or 12.5B when the condition failed; what it did not pay is no longer committed.
        Assert.Equal(-(7.5m + (decimal)paid) * B, _replay.Book("softbank").Balance(Accounts.Cash));
        Assert.Equal((30 - (decimal)released) * B, _replay.Metric("softbank", Metric.CommitmentsMade));
        Assert.Equal((40 - (decimal)released) * B, _replay.Metric("openai", Metric.CapitalCommitted));
        Assert.Equal((300 - (decimal)released) * B, _replay.Book("openai").Valuation);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_conditional_tranche_with_nothing_if_unmet_lapses_at_its_date_when_nobody_said_the_condition_was_met()
    {
        var tranches = new[] { Tranche("softbank", 10, "approval", null) };
        _replay.Tick(Round(300, tranches, ("softbank", 10), ("thrive", 30)));
        _replay.Tick(new TrancheSettled(Id("openai"), "#0", 0, tranches[0]));

        Assert.Equal(0m, _replay.Book("softbank").Balance(Accounts.Cash));
        Assert.Equal(0m, _replay.Metric("softbank", Metric.CommitmentsMade));
        Assert.Contains(_replay.Snapshot("openai").Records, r => r.Kind == "tranche" && r.Text.Contains("lapses", StringComparison.Ordinal));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_post_money_value_no_higher_than_the_money_committed_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(Round(post: 40, ("softbank", 30), ("thrive", 10))));

        Assert.Contains("is not above the $40B the round commits", error.Message, StringComparison.Ordinal);
        Assert.True(_replay.Book("openai").IsEmpty);
    }

    private static RoundClosed Round(decimal post, params (string Investor, decimal Billions)[] investors) =>
        Round(post, [], investors);

    private static RoundClosed Round(decimal post, RoundTranche[] tranches, params (string Investor, decimal Billions)[] investors) =>
        new(Id("openai"), null, Figure.Of(post * B), [.. investors.Select(i => new ActorAmount(Id(i.Investor), i.Billions * B))], [.. tranches], "Series X");

    private static RoundTranche Tranche(string investor, decimal billions, string? condition, decimal? ifUnmet) =>
        new(Id(investor), Figure.Of(billions * B), new DateOnly(2025, 12, 31), "2025-12-31", condition, ifUnmet is { } u ? Figure.Of(u * B) : null);
}
