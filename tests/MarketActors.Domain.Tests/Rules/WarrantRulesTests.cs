using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class WarrantRulesTests
{
    private const decimal M = 1_000_000m;

    private readonly Replay _replay = new(Of(Company("amd"), Company("openai"), Investor("fund")), Invariants.AfterMessage);

    [Fact]
    public void A_warrant_on_shares_is_worth_its_vested_shares_above_the_strike_marked_with_the_company()
    {
        // AMD at $10 a share × 100M shares = $1B. OpenAI holds a warrant on 10M shares at $2, 2M vested at once: 2M × $8.
        _replay.Tick(new ValuationMarked(Id("amd"), null, null, null, Figure.Of(10m), Figure.Of(100 * M)));
        _replay.Tick(new WarrantGranted(Id("amd"), Id("openai"), Figure.Of(10 * M), null, Figure.Of(2m), 2 * M));
        Assert.Equal(16 * M, _replay.Metric("openai", Metric.WarrantsValue));

        // 3M more vest (#1 is the grant): 5M × $8 = $40M.
        _replay.Tick(new WarrantVested(Id("amd"), "#1", 3 * M, "first gigawatt"));
        Assert.Equal(40 * M, _replay.Metric("openai", Metric.WarrantsValue));
        Assert.Equal(40 * M, _replay.Metric("openai", Metric.Unrealized));

        // Below the strike it is worth nothing, not less; at $12 it is 5M × $10.
        _replay.Tick(new ValuationMarked(Id("amd"), null, null, null, Figure.Of(1m)));
        Assert.Equal(0m, _replay.Metric("openai", Metric.WarrantsValue));
        _replay.Tick(new ValuationMarked(Id("amd"), null, null, null, Figure.Of(12m)));
        Assert.Equal(50 * M, _replay.Metric("openai", Metric.WarrantsValue));
        Assert.Equal(50 * M, _replay.Book("openai").NetWorth);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_warrant_on_a_stake_is_worth_the_vested_share_of_the_value_above_the_strike()
    {
        // The fund buys 10% of OpenAI for $100M ($1B). A warrant on 10% at a value of $500M, 5% vested: 5% × $500M.
        _replay.Tick(new InvestmentMade(Id("openai"), Id("fund"), Figure.Of(100 * M), 0.1m));
        _replay.Tick(new WarrantGranted(Id("openai"), Id("fund"), null, 0.1m, Figure.Of(500 * M), 0.05m));

        Assert.Equal(25 * M, _replay.Metric("fund", Metric.WarrantsValue));
        Assert.Equal(25 * M, _replay.Book("fund").Balance(Accounts.Warrant(Id("openai"))));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void More_cannot_vest_than_the_warrant_covers_and_shares_need_the_shares_outstanding()
    {
        var unknown = Assert.Throws<RuleViolationException>(() => _replay.Tick(new WarrantGranted(Id("amd"), Id("openai"), Figure.Of(10 * M), null, Figure.Of(2m), 0m)));
        Assert.Contains("shares outstanding are not known", unknown.Message, StringComparison.Ordinal);

        _replay.Tick(new ValuationMarked(Id("amd"), null, null, null, Figure.Of(10m), Figure.Of(100 * M)));
        _replay.Tick(new WarrantGranted(Id("amd"), Id("openai"), Figure.Of(10 * M), null, Figure.Of(2m), 8 * M));
        // The refused grant kept its place in the schedule (#0): the mark is #1, the grant #2.
        var tooMuch = Assert.Throws<RuleViolationException>(() => _replay.Tick(new WarrantVested(Id("amd"), "#2", 3 * M, null)));
        Assert.Contains("only 10,000,000 of this warrant can vest", tooMuch.Message, StringComparison.Ordinal);
    }
}
