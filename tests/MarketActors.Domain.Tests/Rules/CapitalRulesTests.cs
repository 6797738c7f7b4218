using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class CapitalRulesTests
{
    private const decimal B = 1_000_000_000m;
    private const decimal M = 1_000_000m;

    private readonly Replay _replay = new(
        Of(Project("stargate"), Investor("softbank"), Company("openai"), Investor("musk"), Company("foundation")),
        Invariants.AfterMessage);

    [Fact]
    public void Funding_announced_books_the_headline_and_the_first_tranche_in_the_memo_book()
    {
        var tick = _replay.Tick(new FundingAnnounced(Id("stargate"), Figure.Of(500 * B), "4y", Figure.Of(100 * B)));

        var stargate = _replay.Book("stargate");
        Assert.Equal(500 * B, stargate.MemoBalance(Accounts.Announced));
        Assert.Equal(100 * B, stargate.MemoBalance(Accounts.Pledged));
        Assert.Equal(-600 * B, stargate.MemoBalance(Accounts.MemoOffset));
        Assert.Equal(500 * B, _replay.Metric("stargate", Metric.CapitalAnnounced));
        Assert.Equal(100 * B, _replay.Metric("stargate", Metric.CapitalPledged));
        Assert.Equal(0m, stargate.NetWorth);
        Assert.Empty(_replay.Snapshot("stargate").Balances);
        Assert.All(tick.Ledger, row => Assert.Equal(Accounts.MemoBook, row.Book));
        Assert.Equal(1, tick.Supersteps);
    }

    [Fact]
    public void Funding_announced_without_a_first_tranche_pledges_nothing()
    {
        _replay.Tick(new FundingAnnounced(Id("stargate"), Figure.Between(400 * B, 600 * B), null, null));

        Assert.Equal(500 * B, _replay.Metric("stargate", Metric.CapitalAnnounced));
        Assert.Equal(0m, _replay.Metric("stargate", Metric.CapitalPledged));
    }

    [Fact]
    public void A_pledge_by_a_named_backer_is_recorded_on_both_sides()
    {
        var tick = _replay.Tick(new FundingPledged(Id("stargate"), Figure.Of(19 * B), Id("softbank"), "first phase"));

        Assert.Equal(19 * B, _replay.Metric("stargate", Metric.CapitalPledged));
        Assert.Equal(19 * B, _replay.Book("softbank").MemoBalance(Accounts.PledgeMade(Id("stargate"))));
        Assert.Equal(19 * B, _replay.Metric("softbank", Metric.PledgesMade));
        Assert.Equal(0m, _replay.Metric("softbank", Metric.CommitmentsMade));
        Assert.Equal(0m, _replay.Metric("softbank", Metric.Cash));
        Assert.Equal(2, tick.Supersteps);
    }

    [Fact]
    public void A_pledge_by_the_partners_together_stays_with_the_project()
    {
        // A range pledges its middle: (10B + 20B) / 2 = 15B.
        var tick = _replay.Tick(new FundingPledged(Id("stargate"), Figure.Between(10 * B, 20 * B), null, null));

        Assert.Equal(15 * B, _replay.Metric("stargate", Metric.CapitalPledged));
        Assert.Equal(1, tick.Supersteps);
        Assert.Equal(["stargate"], _replay.Books.Where(b => !b.IsEmpty).Select(b => b.Id.Value));
    }

    [Fact]
    public void Pledges_add_up_on_the_project_and_per_backer()
    {
        _replay.Tick(
            new FundingPledged(Id("stargate"), Figure.Of(19 * B), Id("softbank"), null),
            new FundingPledged(Id("stargate"), Figure.Of(19 * B), Id("openai"), null),
            new FundingPledged(Id("stargate"), Figure.Of(1 * B), Id("softbank"), "top-up"));

        Assert.Equal(39 * B, _replay.Metric("stargate", Metric.CapitalPledged));
        Assert.Equal(20 * B, _replay.Metric("softbank", Metric.PledgesMade));
        Assert.Equal(19 * B, _replay.Metric("openai", Metric.PledgesMade));
    }

    [Fact]
    public void A_commitment_is_booked_apart_from_pledges_on_both_sides()
    {
        _replay.Tick(new FundingPledged(Id("stargate"), Figure.Of(19 * B), Id("openai"), null));
        _replay.Tick(new FundingCommitted(Id("stargate"), Figure.Of(19 * B), Id("openai")));

        Assert.Equal(19 * B, _replay.Metric("stargate", Metric.CapitalPledged));
        Assert.Equal(19 * B, _replay.Metric("stargate", Metric.CapitalCommitted));
        Assert.Equal(19 * B, _replay.Book("openai").MemoBalance(Accounts.CommitmentMade(Id("stargate"))));
        Assert.Equal(19 * B, _replay.Metric("openai", Metric.CommitmentsMade));
        Assert.Equal(19 * B, _replay.Metric("openai", Metric.PledgesMade));
    }

    [Fact]
    public void A_company_can_be_pledged_and_committed_to_as_a_project_is()
    {
        // SoftBank pledges $40B to OpenAI, then commits $30B of it: both sides' memo books, no money moved.
        _replay.Tick(new FundingPledged(Id("openai"), Figure.Of(40 * B), Id("softbank"), null));
        _replay.Tick(new FundingCommitted(Id("openai"), Figure.Of(30 * B), Id("softbank")));

        Assert.Equal((40 * B, 30 * B), (_replay.Metric("openai", Metric.CapitalPledged), _replay.Metric("openai", Metric.CapitalCommitted)));
        Assert.Equal(40 * B, _replay.Book("softbank").MemoBalance(Accounts.PledgeMade(Id("openai"))));
        Assert.Equal(30 * B, _replay.Book("softbank").MemoBalance(Accounts.CommitmentMade(Id("openai"))));
        Assert.Equal(0m, _replay.Metric("softbank", Metric.Cash));
        Assert.Equal(0m, _replay.Metric("openai", Metric.NetWorth));
    }

    [Fact]
    public void Memo_amounts_are_rounded_to_cents()
    {
        _replay.Tick(new FundingCommitted(Id("stargate"), Figure.Of(1_000.005m), Id("openai")));

        Assert.Equal(1_000.01m, _replay.Metric("stargate", Metric.CapitalCommitted));
        Assert.Equal(1_000.01m, _replay.Metric("openai", Metric.CommitmentsMade));
    }

    [Fact]
    public void A_capital_call_moves_cash_from_the_backer_to_the_project_and_the_backer_holds_it_at_cost()
    {
        var tick = _replay.Tick(new CapitalCalled(Id("stargate"), Id("softbank"), Figure.Of(1.5m * B)));

        var stargate = _replay.Book("stargate");
        Assert.Equal(1.5m * B, stargate.Balance(Accounts.Cash));
        Assert.Equal(-1.5m * B, stargate.Balance(Accounts.Contributions));
        Assert.Equal(1.5m * B, stargate.NetWorth);
        Assert.Equal(1.5m * B, _replay.Metric("stargate", Metric.CapitalFunded));

        var softbank = _replay.Book("softbank");
        Assert.Equal(-1.5m * B, softbank.Balance(Accounts.Cash));
        Assert.Equal(1.5m * B, softbank.Balance(Accounts.Contribution(Id("stargate"))));
        Assert.Equal(1.5m * B, _replay.Metric("softbank", Metric.CapitalContributed));
        Assert.Equal(0m, softbank.NetWorth);

        // Each cash leg names the other side.
        Assert.Contains(tick.Ledger, r => r.Actor == Id("stargate") && r.Account == Accounts.Cash && r.Amount == 1.5m * B && r.Counterparty == Id("softbank"));
        Assert.Contains(tick.Ledger, r => r.Actor == Id("softbank") && r.Account == Accounts.Cash && r.Amount == -1.5m * B && r.Counterparty == Id("stargate"));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_donation_moves_cash_and_net_worth_from_donor_to_recipient()
    {
        // ~$5.5M given: the donor's net worth falls by it, the recipient's rises by it.
        _replay.Tick(new DonationMade(Id("musk"), Id("foundation"), Figure.Of(5.5m * M, FigureBound.Approximate)));

        var musk = _replay.Book("musk");
        Assert.Equal(-5.5m * M, musk.Balance(Accounts.Cash));
        Assert.Equal(5.5m * M, musk.Balance(Accounts.Donations));
        Assert.Equal(-5.5m * M, musk.NetWorth);

        var foundation = _replay.Book("foundation");
        Assert.Equal(5.5m * M, foundation.Balance(Accounts.Cash));
        Assert.Equal(-5.5m * M, foundation.Balance(Accounts.Donations));
        Assert.Equal(5.5m * M, foundation.NetWorth);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_reported_net_worth_books_the_unexplained_gap_to_other_holdings()
    {
        _replay.Tick(new DonationMade(Id("musk"), Id("foundation"), Figure.Of(5.5m * M)));
        _replay.Tick(new NetWorthReported(Id("musk"), Figure.Of(400 * B), "analyst"));

        // The books explained -5.5M; the report says 400B, so 400,005,500,000 is booked as other holdings.
        var musk = _replay.Book("musk");
        Assert.Equal(400 * B, musk.NetWorth);
        Assert.Equal(400_005_500_000m, musk.Balance(Accounts.OtherHoldings));
        Assert.Equal(-400_005_500_000m, musk.Balance(Accounts.Reconciled));

        // A lower report later takes the difference back out: 350B - 400B = -50B.
        _replay.Tick(new NetWorthReported(Id("musk"), Figure.Of(350 * B), null));

        Assert.Equal(350 * B, musk.NetWorth);
        Assert.Equal(350_005_500_000m, musk.Balance(Accounts.OtherHoldings));
        Assert.Equal(-5.5m * M, musk.Balance(Accounts.Cash));
    }

    [Fact]
    public void A_reported_net_worth_holds_for_its_whole_day_and_the_model_moves_it_from_the_next()
    {
        // Musk holds 50% of OpenAI, bought for 10M at a valuation of 20M.
        _replay.Tick(new InvestmentMade(Id("openai"), Id("musk"), Figure.Of(10 * M), 0.5m));

        // The same day: a report of 400B, then a mark of OpenAI to 100M that reaches Musk a superstep later. The
        // report holds for its day: the 40M gain on the stake is absorbed by other holdings.
        _replay.Tick(
            new NetWorthReported(Id("musk"), Figure.Of(400 * B), "analyst"),
            new ValuationMarked(Id("openai"), Figure.Of(100 * M), null, null));

        var musk = _replay.Book("musk");
        Assert.Equal(400 * B, musk.NetWorth);
        Assert.Equal(50 * M, musk.Balance(Accounts.Stake(Id("openai"))));
        Assert.Equal(400 * B - 50 * M + 10 * M, musk.Balance(Accounts.OtherHoldings)); // 400B less the stake's 50M, plus the 10M cash it cost
        Assert.Equal(400 * B, _replay.Metric("musk", Metric.NetWorthReported));

        // The next day the model moves it: OpenAI marked to 200M is 50M more for Musk's half.
        _replay.Tick(new ValuationMarked(Id("openai"), Figure.Of(200 * M), null, null));

        Assert.Equal(400 * B + 50 * M, musk.NetWorth);
        Assert.Equal(400 * B, _replay.Metric("musk", Metric.NetWorthReported));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_contract_is_backlog_for_the_seller_and_a_purchase_commitment_for_the_buyer_and_moves_no_money()
    {
        var tick = _replay.Tick(new ContractSigned(Id("openai"), Id("foundation"), Figure.Of(300 * B), "5y", "compute"));
        _replay.Tick(new ContractSigned(Id("musk"), Id("foundation"), Figure.Of(12 * B), null, null));

        Assert.DoesNotContain(tick.Ledger, r => r.Book == Accounts.BalanceBook);
        Assert.Equal(312 * B, _replay.Metric("foundation", Metric.ContractsBacklog));
        Assert.Equal(300 * B, _replay.Metric("openai", Metric.ContractsPurchases));
        Assert.Equal(300 * B, _replay.Book("openai").MemoBalance(Accounts.PurchaseCommitment(Id("foundation"))));
        Assert.Equal(0m, _replay.Book("openai").NetWorth);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_reported_net_worth_that_the_books_already_explain_posts_nothing()
    {
        _replay.Tick(new DonationMade(Id("musk"), Id("foundation"), Figure.Of(5 * M)));
        var tick = _replay.Tick(new NetWorthReported(Id("foundation"), Figure.Of(5 * M), null));

        Assert.Empty(tick.Ledger);
        Assert.Equal(0m, _replay.Book("foundation").Balance(Accounts.OtherHoldings));
    }
}
