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

public sealed class EquityRulesTests
{
    private const decimal M = 1_000_000m;

    private readonly Replay _replay = new(
        Of(Company("target"), Investor("a"), Investor("b"), Investor("x"), Investor("y"), Investor("z"), Investor("fund", nav: true), Investor("fof", nav: true), Investor("h1"), Investor("h2")),
        Invariants.AfterMessage);

    [Fact]
    public void An_investment_for_a_stated_stake_sets_the_post_money_valuation()
    {
        // 10M for 30%: 10M / 0.3 = 33,333,333.33 (to cents); the stake is 0.3 × 33,333,333.33 = 9,999,999.999 → 10M.
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(10 * M), 0.3m));

        var target = _replay.Book("target");
        Assert.Equal(33_333_333.33m, target.Valuation);
        Assert.Equal(10 * M, target.Balance(Accounts.Cash));
        Assert.Equal(-10 * M, target.Balance(Accounts.PaidIn));
        Assert.Equal(0.3m, _replay.Share("target", "a"));

        var a = _replay.Book("a");
        Assert.Equal(-10 * M, a.Balance(Accounts.Cash));
        Assert.Equal(10 * M, a.Balance(Accounts.Stake(Id("target"))));
        Assert.Equal(0m, a.Balance(Accounts.Revaluation(Accounts.Stake(Id("target")))));
        Assert.Equal(0m, a.NetWorth);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_new_investment_dilutes_existing_holders_and_reprices_them()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(10 * M), 0.3m));
        var tick = _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(20 * M), 0.2m));

        // Post-money 20M / 0.2 = 100M. a keeps 0.3 × (1 - 0.2) = 0.24, worth 24M: a gain of 24M - 10M = 14M.
        Assert.Equal(100 * M, _replay.Book("target").Valuation);
        Assert.Equal(0.24m, _replay.Share("target", "a"));
        Assert.Equal(0.2m, _replay.Share("target", "b"));
        Assert.Equal(24 * M, _replay.Book("a").Balance(Accounts.Stake(Id("target"))));
        Assert.Equal(14 * M, _replay.Metric("a", Metric.Unrealized));
        Assert.Equal(14 * M, _replay.Book("a").NetWorth);
        Assert.Equal(20 * M, _replay.Metric("b", Metric.StakesValue));
        Assert.Equal(0m, _replay.Book("b").NetWorth);
        Assert.Equal(2, tick.Supersteps);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void An_investment_without_a_stake_is_priced_at_the_valuation()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(25 * M), 0.25m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(25 * M), null));

        // Pre-money 100M, 25M in: stake 25 / 125 = 0.2, post-money 125M. a keeps 0.25 × 0.8 = 0.2, still worth 25M.
        Assert.Equal(125 * M, _replay.Book("target").Valuation);
        Assert.Equal(0.2m, _replay.Share("target", "a"));
        Assert.Equal(0.2m, _replay.Share("target", "b"));
        Assert.Equal(25 * M, _replay.Metric("a", Metric.StakesValue));
        Assert.Equal(0m, _replay.Metric("a", Metric.Unrealized));
        Assert.Equal(25 * M, _replay.Metric("b", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void An_investment_priced_at_the_valuation_leaves_the_post_money_exact()
    {
        // 30B for 10%: 300B post-money. Then 7M at that price: the post-money is the pre-money plus the money in, to
        // the cent, however the stake it prices (7 / 300,007) rounds.
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(30_000 * M), 0.1m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(7 * M), null));

        Assert.Equal(300_007 * M, _replay.Book("target").Valuation);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_percentage_mark_of_a_company_with_no_valuation_is_refused()
    {
        _replay.Tick(new DonationMade(Id("a"), Id("target"), Figure.Of(5 * M)));
        var before = Canon.Of(_replay.Snapshot("target"));

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new ValuationMarked(Id("target"), null, 0.36m, null)));

        Assert.Equal(1, error.EventSeq);
        Assert.Contains("no valuation yet", error.Message, StringComparison.Ordinal);
        Assert.Contains("+36%", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Canon.Of(_replay.Snapshot("target")));
    }

    [Fact]
    public void A_bid_moves_nothing_and_stays_open_until_an_acquisition_completes_it_or_it_is_closed()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(10 * M), 0.1m));
        var bid = _replay.Tick(new BidMade(Id("target"), [Id("x")], Figure.Of(97 * M), 1m));
        Assert.Empty(bid.Ledger);

        // The first bid (#1) is rejected; a second one (#3) is completed by an acquisition; neither can close twice.
        _replay.Tick(new OfferClosed(Id("target"), "#1", OfferOutcome.Rejected, "not for sale"));
        _replay.Tick(new BidMade(Id("target"), [Id("x")], Figure.Of(120 * M), 1m));
        _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(120 * M), [new ActorAmount(Id("x"), 1m)], "#3"));

        Assert.Equal(1m, _replay.Share("target", "x"));
        Assert.Throws<RuleViolationException>(() => _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(1 * M), [new ActorAmount(Id("y"), 0.1m)], "#3")));
        Assert.Throws<RuleViolationException>(() => _replay.Tick(new OfferClosed(Id("target"), "#1", OfferOutcome.Withdrawn, null)));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_market_mark_is_price_times_shares_and_the_shares_are_kept_for_the_next()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(10 * M), 0.1m));

        // $118.42 × 1,000,000 shares = $118.42M; then $100 a share on the same shares: $100M. a's 10% follows.
        _replay.Tick(new ValuationMarked(Id("target"), null, null, null, Figure.Of(118.42m), Figure.Of(1_000_000m)));
        Assert.Equal(118_420_000m, _replay.Book("target").Valuation);
        _replay.Tick(new ValuationMarked(Id("target"), null, null, null, Figure.Of(100m)));

        Assert.Equal(100 * M, _replay.Book("target").Valuation);
        Assert.Equal(10 * M, _replay.Metric("a", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    [Theory]
    [InlineData("-16%", true)] // $100M × 0.84 = $84M against a stated $83M: 1.2% apart
    [InlineData("-17%", false)] // $83M exactly
    public void A_change_and_a_value_stated_together_must_agree(string change, bool refused)
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(10 * M), 0.1m));
        var fraction = decimal.Parse(change.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) / 100m;

        var error = Record.Exception(() => _replay.Tick(new ValuationMarked(Id("target"), Figure.Of(83 * M), fraction, null)));

        Assert.Equal(refused, error is RuleViolationException { Message: var m } && m.Contains("disagree by more than 1%", StringComparison.Ordinal));
        Assert.Equal(refused ? 100 * M : 83 * M, _replay.Book("target").Valuation);
    }

    [Fact]
    public void A_mark_by_price_needs_the_shares_outstanding_once()
    {
        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new ValuationMarked(Id("target"), null, null, null, Figure.Of(100m))));

        Assert.Contains("shares outstanding are not known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secondary_sale_pays_the_seller_marks_every_holder_and_gives_the_company_nothing()
    {
        // a buys 30% for 30M (100M), b 20% for 25M (125M post-money: a is diluted to 24%, worth 30M).
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(30 * M), 0.3m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(25 * M), 0.2m));

        // a sells 8% to x at 250M: 20M. A third of a's stake (8 of 24 points), which cost 10M: 10M realised.
        var tick = _replay.Tick(new SharesSold(Id("target"), [new ActorAmount(Id("a"), 0.08m)], [new ActorAmount(Id("x"), 0.08m)], Figure.Of(250 * M)));

        Assert.Equal(250 * M, _replay.Book("target").Valuation);
        Assert.Equal(55 * M, _replay.Book("target").Balance(Accounts.Cash)); // what the two investments paid in; nothing more
        Assert.DoesNotContain(tick.Ledger, r => r.Actor == Id("target") && r.Account == Accounts.Cash);
        Assert.Equal(0.16m, _replay.Share("target", "a"));
        Assert.Equal(0.08m, _replay.Share("target", "x"));
        Assert.Equal(10 * M, _replay.Metric("a", Metric.Realized));
        Assert.Equal(40 * M - 20 * M, _replay.Metric("a", Metric.Unrealized)); // 16% of 250M against the 20M it cost
        Assert.Equal(-20 * M, _replay.Book("x").Balance(Accounts.Cash));
        Assert.Equal(20 * M, _replay.Metric("x", Metric.StakesValue));

        // b takes no part but is marked: 20% of 250M, a gain of 25M on what it paid.
        Assert.Equal(50 * M, _replay.Metric("b", Metric.StakesValue));
        Assert.Equal(25 * M, _replay.Metric("b", Metric.Unrealized));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_seller_cannot_sell_more_of_a_company_than_it_holds()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(10 * M), 0.1m));

        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new SharesSold(Id("target"), [new ActorAmount(Id("a"), 0.2m)], [new ActorAmount(Id("x"), 0.2m)], Figure.Of(100 * M))));

        Assert.Contains("A holds 10% of Target and cannot sell 20%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holder_that_invests_again_adds_to_its_diluted_share()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(25 * M), 0.25m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(25 * M), 0.2m));

        // 0.25 × 0.8 + 0.2 = 0.4 of a 125M company = 50M, exactly the 25M + 25M paid.
        Assert.Equal(0.4m, _replay.Share("target", "a"));
        Assert.Equal(50 * M, _replay.Metric("a", Metric.StakesValue));
        Assert.Equal(0m, _replay.Metric("a", Metric.Unrealized));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void An_investment_without_a_stake_in_a_company_with_no_valuation_is_refused()
    {
        _replay.Tick(new DonationMade(Id("a"), Id("target"), Figure.Of(5 * M)));
        var before = Canon.Of(_replay.Snapshot("target"));

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(1 * M), null)));

        // The company has net worth (5M donated) but no valuation: nothing prices the stake.
        Assert.Equal(1, error.EventSeq);
        Assert.Contains("no valuation", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Canon.Of(_replay.Snapshot("target")));
        Assert.True(_replay.Book("b").IsEmpty);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void A_stake_outside_zero_to_one_is_refused(string stake)
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(1 * M), decimal.Parse(stake, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(0, error.EventSeq);
        Assert.True(_replay.Book("target").IsEmpty);
    }

    [Fact]
    public void An_acquisition_pays_every_seller_from_every_buyer_and_the_outside_sells_the_float()
    {
        // Holders before: a 0.24 (worth 24M), b 0.2 (worth 20M), the float 0.56 outside; valuation 100M.
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(30 * M), 0.3m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(20 * M), 0.2m));

        var tick = _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(200 * M), [new ActorAmount(Id("x"), 0.6m), new ActorAmount(Id("y"), 0.4m)]));

        // 200M to the sellers by share sold: a 0.24 → 48M, b 0.2 → 40M, outside 0.56 → 112M;
        // each seller's part from the buyers 60:40: a gets 28.8M from x and 19.2M from y, and so on.
        AssertPaid(tick.Ledger, "a", "x", 28.8m * M);
        AssertPaid(tick.Ledger, "a", "y", 19.2m * M);
        AssertPaid(tick.Ledger, "b", "x", 24 * M);
        AssertPaid(tick.Ledger, "b", "y", 16 * M);
        AssertPaid(tick.Ledger, "outside", "x", 67.2m * M);
        AssertPaid(tick.Ledger, "outside", "y", 44.8m * M);

        // Sellers realise proceeds less what their stakes cost: a 48M - 30M (it was diluted to 24M, an unrealised loss
        // of 6M that the sale takes with it), b 40M - 20M, the outside the whole 112M.
        Assert.Equal(18 * M, _replay.Metric("a", Metric.Realized));
        Assert.Equal(0m, _replay.Metric("a", Metric.Unrealized));
        Assert.Equal(20 * M, _replay.Metric("b", Metric.Realized));
        Assert.Equal(112 * M, _replay.Metric("outside", Metric.Realized));
        Assert.Equal(0m, _replay.Metric("a", Metric.StakesValue));
        Assert.Equal(0m, _replay.Share("target", "a"));
        Assert.Equal(0m, _replay.Share("target", "b"));

        // Buyers hold at the implied valuation 200M / 100% = 200M: x 0.6 → 120M, y 0.4 → 80M, as paid.
        Assert.Equal(200 * M, _replay.Book("target").Valuation);
        Assert.Equal(0.6m, _replay.Share("target", "x"));
        Assert.Equal(120 * M, _replay.Metric("x", Metric.StakesValue));
        Assert.Equal(-120 * M, _replay.Metric("x", Metric.Cash));
        Assert.Equal(80 * M, _replay.Metric("y", Metric.StakesValue));
        Assert.Equal(0m, _replay.Book("x").NetWorth);

        // The target's own books do not move: shares change hands between holders.
        Assert.Equal(50 * M, _replay.Book("target").Balance(Accounts.Cash));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Acquisition_payments_add_up_exactly_to_the_price_when_they_do_not_divide_evenly()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(30 * M), 0.3m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(20 * M), 0.2m));
        var price = 33_333_333.33m;

        var tick = _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(price),
            [new ActorAmount(Id("x"), 0.5m), new ActorAmount(Id("y"), 0.3m), new ActorAmount(Id("z"), 0.2m)]));

        var paid = tick.Ledger.Where(r => r.Account == Accounts.Cash && r.Amount < 0).ToArray();
        var received = tick.Ledger.Where(r => r.Account == Accounts.Cash && r.Amount > 0).ToArray();
        Assert.Equal(price, received.Sum(r => r.Amount));
        Assert.Equal(-price, paid.Sum(r => r.Amount));
        Assert.All(tick.Ledger, r => Assert.Equal(r.Amount, Amounts.Cents(r.Amount)));

        // Every payment has its receipt: buyer → seller and seller ← buyer, amount for amount.
        var payments = paid.Select(r => (From: r.Actor.Value, To: r.Counterparty!.Value.Value, Amount: -r.Amount)).Order().ToArray();
        var receipts = received.Select(r => (From: r.Counterparty!.Value.Value, To: r.Actor.Value, r.Amount)).Order().ToArray();
        Assert.Equal(payments, receipts);
        Assert.Equal(9, payments.Length); // three sellers (a, b, outside) × three buyers

        // In cents, 3,333,333,333 × 0.24 = 799,999,999.92, × 0.2 = 666,666,666.6, × 0.56 = 1,866,666,666.48:
        // floors leave 2 cents, which go to the largest remainders, a (.92) and b (.6).
        Assert.Equal(8_000_000m, receipts.Where(r => r.To == "a").Sum(r => r.Amount));
        Assert.Equal(6_666_666.67m, receipts.Where(r => r.To == "b").Sum(r => r.Amount));
        Assert.Equal(18_666_666.66m, receipts.Where(r => r.To == "outside").Sum(r => r.Amount));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_holder_that_buys_more_leaves_the_others_selling_pro_rata()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(30 * M), 0.3m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(20 * M), 0.2m));

        // a holds 0.24 and buys 0.38 more for 38M. Available from others: 1 - 0.24 = 0.76, so each sells
        // 0.38 / 0.76 = half of what it holds: b 0.2 → 0.1, the float 0.56 → 0.28. Price by share sold:
        // b 0.1 / 0.38 × 38M = 10M, the outside 28M.
        var tick = _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(38 * M), [new ActorAmount(Id("a"), 0.38m)]));

        Assert.Equal(0.62m, _replay.Share("target", "a"));
        Assert.Equal(0.1m, _replay.Share("target", "b"));
        AssertPaid(tick.Ledger, "b", "a", 10 * M);
        AssertPaid(tick.Ledger, "outside", "a", 28 * M);

        // Valuation 38M / 0.38 = 100M. b sold half of a 20M stake for 10M: nothing realised; it keeps 10M.
        Assert.Equal(100 * M, _replay.Book("target").Valuation);
        Assert.Equal(0m, _replay.Metric("b", Metric.Realized));
        Assert.Equal(10 * M, _replay.Metric("b", Metric.StakesValue));
        Assert.Equal(62 * M, _replay.Metric("a", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Buying_more_than_others_hold_is_refused()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(24 * M), 0.24m));
        var before = Canon.Of(_replay.Snapshot("target"));

        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(80 * M), [new ActorAmount(Id("a"), 0.8m)])));

        Assert.Equal(1, error.EventSeq);
        Assert.Equal(before, Canon.Of(_replay.Snapshot("target")));
    }

    [Fact]
    public void Dilution_never_leaves_the_holders_with_more_than_the_whole_company()
    {
        // a and b hold half each of a company valued at 200. 100 more buys 100 / 300 = 0.333…3 (28 digits); each half
        // becomes 0.5 × 0.666…67 = 0.333…335, which rounds to 0.333…34, and the three shares add up to 1 + 1e-28.
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(100m), 1m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(100m), 0.5m));
        Assert.Equal(200m, _replay.Book("target").Valuation);

        _replay.Tick(new InvestmentMade(Id("target"), Id("x"), Figure.Of(100m), null));

        var holders = _replay.Snapshot("target").Holders;
        Assert.Equal(3, holders.Length);
        Assert.True(holders.Sum(h => h.Value) <= 1, $"holders add up to {holders.Sum(h => h.Value)}");
        Assert.Equal(1m / 3m, _replay.Share("target", "x"), 27);
        Assert.Equal(100m, _replay.Metric("x", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void An_acquisition_never_leaves_the_holders_with_more_than_the_whole_company()
    {
        // a and b hold half each; x buys a third from them. Each sells 0.5 × 0.333…3 = 0.1666…65, which rounds
        // to 0.1666…6, so each keeps 0.333…34, and with x's 0.333…33 the shares add up to 1 + 1e-28.
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(100m), 1m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(100m), 0.5m));

        _replay.Tick(new CompanyAcquired(Id("target"), Figure.Of(100m), [new ActorAmount(Id("x"), 1m / 3m)]));

        var holders = _replay.Snapshot("target").Holders;
        Assert.Equal(3, holders.Length);
        Assert.True(holders.Sum(h => h.Value) <= 1, $"holders add up to {holders.Sum(h => h.Value)}");
        Assert.Equal(1m / 3m, _replay.Share("target", "x"), 27);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_valuation_mark_moves_each_holder_by_its_share_of_the_change()
    {
        _replay.Tick(new InvestmentMade(Id("target"), Id("a"), Figure.Of(30 * M), 0.3m));
        _replay.Tick(new InvestmentMade(Id("target"), Id("b"), Figure.Of(20 * M), 0.2m));

        // 100M → 150M: a (0.24) gains 0.24 × 50M = 12M, b (0.2) gains 10M.
        var tick = _replay.Tick(new ValuationMarked(Id("target"), Figure.Of(150 * M), null, "analyst"));

        Assert.Equal(150 * M, _replay.Book("target").Valuation);
        Assert.Equal(36 * M, _replay.Metric("a", Metric.StakesValue));
        // a paid 30M for 0.3, was diluted to 0.24 of 100M (-6M), and gains 12M now.
        Assert.Equal(-6 * M + 12 * M, _replay.Metric("a", Metric.Unrealized));
        Assert.Equal(30 * M, _replay.Metric("b", Metric.StakesValue));
        Assert.Equal(2, tick.Supersteps);
        Assert.Contains(tick.Timeline.Single().Deltas, d => d.Actor == Id("b") && d.Metric == Metric.NetWorth && d.Change == 10 * M);
        Assert.Contains(_replay.Snapshot("target").Records, r => r.Kind == "valuation");

        // -10%: 150M → 135M; a moves 0.24 × -15M = -3.6M, b 0.2 × -15M = -3M.
        _replay.Tick(new ValuationMarked(Id("target"), null, -0.1m, null));

        Assert.Equal(135 * M, _replay.Book("target").Valuation);
        Assert.Equal(32.4m * M, _replay.Metric("a", Metric.StakesValue));
        Assert.Equal(27 * M, _replay.Metric("b", Metric.StakesValue));

        // A range marks at its middle: (120M + 160M) / 2 = 140M.
        _replay.Tick(new ValuationMarked(Id("target"), Figure.Between(120 * M, 160 * M), null, null));

        Assert.Equal(33.6m * M, _replay.Metric("a", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_fund_valued_at_its_net_assets_cannot_be_marked()
    {
        _replay.Tick(new InvestmentMade(Id("fund"), Id("h1"), Figure.Of(10 * M), null));
        var before = Canon.Of(_replay.Snapshot("fund"));

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new ValuationMarked(Id("fund"), Figure.Of(1 * M), null, null)));

        Assert.Equal(1, error.EventSeq);
        Assert.Equal(before, Canon.Of(_replay.Snapshot("fund")));
    }

    [Fact]
    public void Marking_a_company_cascades_through_a_fund_at_net_assets_to_the_fund_s_holders()
    {
        // The fund has no assets, so the first 60M buys all of it (60 / (0 + 60)); then 40M buys 40 / 100 = 0.4,
        // leaving h1 0.6 and h2 0.4. The fund buys half the target for 50M: valuation 100M, fund net assets still 100M.
        _replay.Tick(new InvestmentMade(Id("fund"), Id("h1"), Figure.Of(60 * M), null));
        _replay.Tick(new InvestmentMade(Id("fund"), Id("h2"), Figure.Of(40 * M), null));
        _replay.Tick(new InvestmentMade(Id("target"), Id("fund"), Figure.Of(50 * M), 0.5m));
        Assert.Equal(0.6m, _replay.Share("fund", "h1"));
        Assert.Null(_replay.Book("fund").Valuation);
        Assert.Equal(60 * M, _replay.Metric("h1", Metric.StakesValue));

        var tick = _replay.Tick(new ValuationMarked(Id("target"), Figure.Of(200 * M), null, null));

        // Target 100M → 200M: the fund's half goes 50M → 100M, its net assets 100M → 150M;
        // h1 (0.6) 60M → 90M, h2 (0.4) 40M → 60M. Target, fund, holders: three supersteps.
        Assert.Equal(3, tick.Supersteps);
        Assert.Equal(150 * M, _replay.Book("fund").NetWorth);
        Assert.Equal(90 * M, _replay.Metric("h1", Metric.StakesValue));
        Assert.Equal(60 * M, _replay.Metric("h2", Metric.StakesValue));
        var deltas = tick.Timeline.Single().Deltas;
        Assert.Contains(deltas, d => d.Actor == Id("h1") && d.Metric == Metric.NetWorth && d.Change == 30 * M);
        Assert.Contains(deltas, d => d.Actor == Id("h2") && d.Metric == Metric.NetWorth && d.Change == 20 * M);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_cascade_goes_as_deep_as_the_chain_of_funds()
    {
        // h1 owns all of fof, fof owns all of fund, fund owns half of the target.
        _replay.Tick(new InvestmentMade(Id("fof"), Id("h1"), Figure.Of(100 * M), null));
        _replay.Tick(new InvestmentMade(Id("fund"), Id("fof"), Figure.Of(100 * M), null));
        _replay.Tick(new InvestmentMade(Id("target"), Id("fund"), Figure.Of(50 * M), 0.5m));

        // Target 100M → 300M: fund 100M → 200M, so fof 100M → 200M, so h1's stake 100M → 200M.
        var tick = _replay.Tick(new ValuationMarked(Id("target"), Figure.Of(300 * M), null, null));

        Assert.Equal(4, tick.Supersteps);
        Assert.Equal(200 * M, _replay.Book("fund").NetWorth);
        Assert.Equal(200 * M, _replay.Book("fof").NetWorth);
        Assert.Equal(200 * M, _replay.Metric("h1", Metric.StakesValue));
        Invariants.Settled(_replay);
    }

    private static void AssertPaid(IEnumerable<LedgerRow> ledger, string seller, string buyer, decimal amount)
    {
        Assert.Single(ledger, r => r.Actor == Id(seller) && r.Account == Accounts.Cash && r.Counterparty == Id(buyer) && r.Amount == amount);
        Assert.Single(ledger, r => r.Actor == Id(buyer) && r.Account == Accounts.Cash && r.Counterparty == Id(seller) && r.Amount == -amount);
    }
}
