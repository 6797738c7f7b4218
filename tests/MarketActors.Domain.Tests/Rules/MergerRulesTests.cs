using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class MergerRulesTests
{
    private const decimal B = 1_000_000_000m;

    private readonly Replay _replay = new(
        Of(Company("x"), Company("xai"), Investor("musk"), Investor("coinvestors"), Investor("fund"), Investor("bank"), Company("grok")),
        Invariants.AfterMessage);

    /// <summary>
    /// X: bought by Musk (79%) and co-investors (21%) for 44B, with 13B lent by the bank, of which it invests 1B for 10%
    /// of Grok. xAI: Musk pays 20B for 50% (the other half stays outside), then a fund 20B for 50% (Musk diluted to
    /// 25%, the outside to 25%). X is marked at 33B, and xAI absorbs it at xAI 80B + X 33B = 113B.
    /// </summary>
    private TickRecord Merge()
    {
        _replay.Tick(
            new CompanyAcquired(Id("x"), Figure.Of(44 * B), [new ActorAmount(Id("musk"), 0.79m), new ActorAmount(Id("coinvestors"), 0.21m)]),
            new LoanMade(Id("x"), [new ActorAmount(Id("bank"), 13 * B)], null));
        _replay.Tick(
            new InvestmentMade(Id("xai"), Id("musk"), Figure.Of(20 * B), 0.5m),
            new InvestmentMade(Id("grok"), Id("x"), Figure.Of(1 * B), 0.1m));
        _replay.Tick(new InvestmentMade(Id("xai"), Id("fund"), Figure.Of(20 * B), 0.5m));
        _replay.Tick(new ValuationMarked(Id("x"), Figure.Of(33 * B), null, null));
        return _replay.Tick(new CompaniesMerged(Id("xai"), [new ActorAmount(Id("xai"), 80 * B), new ActorAmount(Id("x"), 33 * B)]));
    }

    [Fact]
    public void Holders_of_each_company_hold_the_combined_one_in_proportion_to_the_value_they_brought()
    {
        var tick = Merge();

        // Before the merger: Musk 25%, the fund 50% of xAI (the rest outside); Musk 79% and co-investors 21% of X.
        // Shares of the combined 113B: Musk 25% × 80/113 + 79% × 33/113, the fund 50% × 80/113, co-investors 21% × 33/113.
        Assert.Equal(113 * B, _replay.Book("xai").Valuation);
        Assert.Equal((0.25m * 80 / 113) + (0.79m * 33 / 113), _replay.Share("xai", "musk"), 20);
        Assert.Equal(0.5m * 80 / 113, _replay.Share("xai", "fund"), 20);
        Assert.Equal(0.21m * 33 / 113, _replay.Share("xai", "coinvestors"), 20);

        // In value: Musk 20B + 26.07B, the fund 40B, co-investors 6.93B; nobody holds X any more.
        Assert.Equal(46.07m * B, _replay.Metric("musk", Metric.StakesValue));
        Assert.Equal(40 * B, _replay.Metric("fund", Metric.StakesValue));
        Assert.Equal(6.93m * B, _replay.Metric("coinvestors", Metric.StakesValue));
        Assert.Empty(_replay.Snapshot("x").Holders);
        Assert.Equal(3, tick.Supersteps); // the merger, the hand-over, the re-pointing
        Invariants.Settled(_replay);
    }

    [Fact]
    public void The_combined_company_takes_over_the_cash_the_stakes_and_the_debt_and_no_cash_appears()
    {
        var tick = Merge();

        // X's cash was the 13B it borrowed less the 1B it put into Grok; those 12B move to xAI as a payment, so that
        // xAI holds the 40B it raised and 12B more; X's 13B debt becomes xAI's.
        var cash = tick.Ledger.Where(r => r.Account == Accounts.Cash).ToList();
        Assert.Equal(0m, cash.Sum(r => r.Amount));
        Assert.Single(cash, r => r.Actor == Id("xai") && r.Amount == 12 * B && r.Counterparty == Id("x"));
        Assert.Equal(52 * B, _replay.Book("xai").Balance(Accounts.Cash));
        Assert.Equal(-13 * B, _replay.Book("xai").Balance(Accounts.Debt(Id("bank"))));
        Assert.Equal(13 * B, _replay.Book("bank").Balance(Accounts.Loan(Id("xai"))));
        Assert.Equal(0m, _replay.Book("bank").Balance(Accounts.Loan(Id("x"))));

        // X's 10% of Grok is xAI's now, in Grok's register too.
        Assert.Equal(0.1m, _replay.Share("grok", "xai"));
        Assert.Equal(0m, _replay.Share("grok", "x"));
        Assert.Equal(0m, _replay.Book("x").NetWorth);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_round_of_an_absorbed_company_pays_no_more_tranches()
    {
        var tranche = new RoundTranche(Id("fund"), Figure.Of(1 * B), new DateOnly(2025, 12, 31), "2025-12-31", null, null);
        _replay.Tick(new RoundClosed(Id("x"), null, Figure.Of(10 * B), [new ActorAmount(Id("fund"), 1 * B)], [tranche], null));
        _replay.Tick(new CompaniesMerged(Id("xai"), [new ActorAmount(Id("xai"), 80 * B), new ActorAmount(Id("x"), 9 * B)]));

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new TrancheSettled(Id("x"), "#0", 0, tranche)));

        Assert.Contains("absorbed into another company", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_combined_company_holding_shares_of_one_it_absorbs_is_refused()
    {
        _replay.Tick(new InvestmentMade(Id("x"), Id("xai"), Figure.Of(1 * B), 0.1m));

        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new CompaniesMerged(Id("xai"), [new ActorAmount(Id("xai"), 80 * B), new ActorAmount(Id("x"), 33 * B)])));

        Assert.Contains("cannot give it its own shares", error.Message, StringComparison.Ordinal);
    }
}
