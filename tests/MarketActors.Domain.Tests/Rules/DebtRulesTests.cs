using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class DebtRulesTests
{
    private const decimal B = 1_000_000_000m;
    private const decimal M = 1_000_000m;

    private readonly Replay _replay = new(
        Of(Company("xcorp"), Investor("ms"), Investor("bofa"), Investor("barclays"), Investor("buyer"), Investor("credit", nav: true), Investor("h1")),
        Invariants.AfterMessage);

    [Fact]
    public void A_loan_pays_the_borrower_and_registers_each_lender_at_face()
    {
        var tick = Lend();

        var xcorp = _replay.Book("xcorp");
        Assert.Equal(12.5m * B, xcorp.Balance(Accounts.Cash));
        Assert.Equal(-3.5m * B, xcorp.Balance(Accounts.Debt(Id("ms"))));
        Assert.Equal(12.5m * B, _replay.Metric("xcorp", Metric.DebtOwedFace));
        Assert.Equal(12.5m * B, _replay.Metric("xcorp", Metric.DebtOwedValue));
        Assert.Equal(0m, xcorp.NetWorth);

        var ms = _replay.Book("ms");
        Assert.Equal(-3.5m * B, ms.Balance(Accounts.Cash));
        Assert.Equal(3.5m * B, ms.Balance(Accounts.Loan(Id("xcorp"))));
        Assert.Equal(3.5m * B, _replay.Metric("ms", Metric.DebtHeldFace));
        Assert.Equal(3.5m * B, _replay.Metric("ms", Metric.DebtHeldValue));
        Assert.Equal(0m, ms.NetWorth);
        Assert.Equal(2, tick.Supersteps);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_completed_sale_is_allocated_pro_rata_across_the_holders_and_marks_what_they_keep()
    {
        Lend();

        var tick = _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(3 * B), Figure.Of(0.9m), [], Id("buyer"), true, Id("ms")));

        // 3B over barclays 3, bofa 6, ms 3.5 (of 12.5): 720M, 1.44B, 840M. Proceeds at 90%: 648M, 1.296B, 756M.
        // Loss realised = face sold - proceeds (nothing was marked before): 72M, 144M, 84M.
        AssertSold("barclays", face: 720 * M, proceeds: 648 * M, tick.Ledger);
        AssertSold("bofa", face: 1_440 * M, proceeds: 1_296 * M, tick.Ledger);
        AssertSold("ms", face: 840 * M, proceeds: 756 * M, tick.Ledger);
        Assert.Equal(-72 * M, _replay.Metric("barclays", Metric.Realized));
        Assert.Equal(-144 * M, _replay.Metric("bofa", Metric.Realized));
        Assert.Equal(-84 * M, _replay.Metric("ms", Metric.Realized));

        // What they keep is marked to 90%: ms keeps 2.66B, worth 2.394B, an unrealised loss of 266M.
        Assert.Equal(2.66m * B, _replay.Metric("ms", Metric.DebtHeldFace));
        Assert.Equal(2.394m * B, _replay.Metric("ms", Metric.DebtHeldValue));
        Assert.Equal(-266 * M, _replay.Metric("ms", Metric.Unrealized));
        Assert.Equal(-350 * M, _replay.Book("ms").NetWorth); // 10% of the 3.5B lent, realised or not

        // The buyer holds 3B of face, carried at its cost of 2.7B; the mark at the same price moves nothing.
        var buyer = _replay.Book("buyer");
        Assert.Equal(3 * B, buyer.Balance(Accounts.Loan(Id("xcorp"))));
        Assert.Equal(-300 * M, buyer.Balance(Accounts.LoanMark(Id("xcorp"))));
        Assert.Equal(-2.7m * B, buyer.Balance(Accounts.Cash));
        Assert.Equal(0m, buyer.Balance(Accounts.Revaluation(Accounts.Loan(Id("xcorp")))));
        Assert.Equal(0m, buyer.NetWorth);

        // The borrower owes the same face to new holders; its debt is now worth 90% of it.
        var xcorp = _replay.Snapshot("xcorp");
        Assert.Equal(
            [new ActorAmount(Id("barclays"), 2.28m * B), new ActorAmount(Id("bofa"), 4.56m * B), new ActorAmount(Id("buyer"), 3 * B), new ActorAmount(Id("ms"), 2.66m * B)],
            xcorp.DebtOwed.ToArray());
        Assert.Equal(12.5m * B, xcorp.Metric(Metric.DebtOwedFace));
        Assert.Equal(11.25m * B, xcorp.Metric(Metric.DebtOwedValue));
        Assert.Equal(0m, _replay.Book("xcorp").NetWorth);
        Assert.Contains(xcorp.Records, r => r.Kind == "debt-sale");
        Assert.Equal(2, tick.Supersteps);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Proceeds_are_at_the_middle_of_a_price_range_and_the_cents_are_allocated_exactly()
    {
        _replay.Tick(new LoanMade(Id("xcorp"), [new ActorAmount(Id("ms"), 3.5m * B), new ActorAmount(Id("bofa"), 9.5m * B)], null));

        var tick = _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(1 * B), Figure.Between(0.9m, 0.95m), [], Id("buyer"), true, null));

        // Face: 1B over 3.5 : 9.5 = 269,230,769.23 and 730,769,230.77 (largest remainder).
        // Price 92.5%: 249,038,461.53775 → 249,038,461.54 and 675,961,538.46225 → 675,961,538.46.
        AssertSold("ms", face: 269_230_769.23m, proceeds: 249_038_461.54m, tick.Ledger);
        AssertSold("bofa", face: 730_769_230.77m, proceeds: 675_961_538.46m, tick.Ledger);
        Assert.Equal(-20_192_307.69m, _replay.Metric("ms", Metric.Realized));
        Assert.Equal(-54_807_692.31m, _replay.Metric("bofa", Metric.Realized));

        // ms keeps 3,230,769,230.77 marked at -7.5%: -242,307,692.30775 → -242,307,692.31.
        Assert.Equal(-242_307_692.31m, _replay.Book("ms").Balance(Accounts.LoanMark(Id("xcorp"))));

        // The buyer paid 925,000,000.00 in all for 1B of face.
        Assert.Equal(-925 * M, _replay.Book("buyer").Balance(Accounts.Cash));
        Assert.Equal(-75 * M, _replay.Book("buyer").Balance(Accounts.LoanMark(Id("xcorp"))));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_second_sale_realises_against_the_carrying_value_after_the_first_mark()
    {
        Lend();
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(3 * B), Figure.Of(0.9m), [], Id("buyer"), true, null));

        // ms holds 2.66B (it lent at face) marked -266M and sells half at 80%. Half of the mark and half of the
        // unrealised loss leave with it, and the loss realised is the proceeds, 1.064B, against the half's cost,
        // 1.33B: 266M, of which 133M had been unrealised.
        var tick = _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(1.33m * B), Figure.Of(0.8m), [Id("ms")], Id("buyer"), true, null));

        AssertSold("ms", face: 1.33m * B, proceeds: 1.064m * B, tick.Ledger);
        Assert.Equal(-84 * M - 266 * M, _replay.Metric("ms", Metric.Realized));
        var position = Accounts.Loan(Id("xcorp"));
        Assert.Single(tick.Ledger, r => r.Actor == Id("ms") && r.Account == Accounts.Realized(position) && r.Amount == 266 * M);
        Assert.Single(tick.Ledger, r => r.Actor == Id("ms") && r.Account == Accounts.Revaluation(position) && r.Amount == -133 * M);
        Assert.Equal(-266 * M, _replay.Metric("ms", Metric.Unrealized)); // the 1.33B it keeps, at 80%

        // What it keeps (1.33B) is marked to 80%: -266M. Unnamed holders sell nothing but are marked too.
        Assert.Equal(-266 * M, _replay.Book("ms").Balance(Accounts.LoanMark(Id("xcorp"))));
        // In all ms lost 84M on the first 840M sold and 20% on the 2.66B it kept after it.
        Assert.Equal(-84 * M - 532 * M, _replay.Book("ms").NetWorth);
        Assert.Equal(4.56m * B, _replay.Metric("bofa", Metric.DebtHeldFace));
        Assert.Equal(-912 * M, _replay.Metric("bofa", Metric.Unrealized)); // 4.56B × -20%

        // The buyer: 3B carried at 2.7B, plus 1.33B at 1.064B, then all 4.33B marked to 80%: 3.464B.
        var buyer = _replay.Book("buyer");
        Assert.Equal(4.33m * B, buyer.Balance(Accounts.Loan(Id("xcorp"))));
        Assert.Equal(-866 * M, buyer.Balance(Accounts.LoanMark(Id("xcorp"))));
        Assert.Equal(-300 * M, _replay.Metric("buyer", Metric.Unrealized)); // 3B × (80% - 90%)
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_lender_that_sells_everything_has_realised_its_whole_loss_and_carries_nothing_unrealised()
    {
        _replay.Tick(new LoanMade(Id("xcorp"), [new ActorAmount(Id("ms"), 1 * B)], null));

        // Half at 90% (a 50M loss realised; the half kept is marked to 90%, 50M unrealised), then the other half at
        // par: sold at its cost, so nothing more is realised, and the mark leaves with it.
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(500 * M), Figure.Of(0.9m), [], Id("buyer"), true, null));
        Assert.Equal(-50 * M, _replay.Metric("ms", Metric.Realized));
        Assert.Equal(-50 * M, _replay.Metric("ms", Metric.Unrealized));
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(500 * M), Figure.Of(1m), [Id("ms")], ActorId.Outside, true, null));

        var ms = _replay.Book("ms");
        Assert.Equal(-50 * M, _replay.Metric("ms", Metric.Realized));
        Assert.Equal(0m, _replay.Metric("ms", Metric.Unrealized));
        Assert.Equal(-50 * M, ms.NetWorth);
        Assert.Empty(_replay.Snapshot("ms").Balances.Where(b => b.Key.StartsWith(Accounts.RevaluationPrefix, StringComparison.Ordinal)));

        // The buyer paid 450M for 500M of face and it is now marked at par: 50M unrealised, nothing realised.
        Assert.Equal(50 * M, _replay.Metric("buyer", Metric.Unrealized));
        Assert.Equal(0m, _replay.Metric("buyer", Metric.Realized));
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_sale_that_fills_an_offer_takes_what_it_sells_off_the_offer()
    {
        Lend();
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(3 * B), Figure.Of(0.9m), [], ActorId.Outside, false, Id("ms")));
        Assert.Equal(3 * B, _replay.Metric("xcorp", Metric.DebtOffered));

        // The offer is the first event of its tick: #1. A sale of 1B fills a third of it; another of 2.5B fills the rest.
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(1 * B), Figure.Of(0.9m), [], Id("buyer"), true, Id("ms"), Fills: "#1"));
        Assert.Equal(2 * B, _replay.Metric("xcorp", Metric.DebtOffered));
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(2.5m * B), Figure.Of(0.9m), [], Id("buyer"), true, Id("ms"), Fills: "#1"));
        Assert.Equal(0m, _replay.Metric("xcorp", Metric.DebtOffered));

        // A filled offer is closed: a further sale cannot fill it.
        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(1 * B), Figure.Of(0.9m), [], Id("buyer"), true, null, Fills: "#1")));
        Assert.Contains("not an open offer", error.Message, StringComparison.Ordinal);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void An_offer_superseded_or_withdrawn_stops_counting_as_offered()
    {
        Lend();
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(3 * B), Figure.Of(0.9m), [], ActorId.Outside, false, null));
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(5 * B), Figure.Of(0.85m), [], ActorId.Outside, false, null, Supersedes: "#1"));
        Assert.Equal(5 * B, _replay.Metric("xcorp", Metric.DebtOffered));

        _replay.Tick(new OfferClosed(Id("xcorp"), "#2", OfferOutcome.Withdrawn, "no buyers"));

        Assert.Equal(0m, _replay.Metric("xcorp", Metric.DebtOffered));
        Assert.Contains(_replay.Snapshot("xcorp").Records, r => r.Kind == "offer-closed");
        Assert.Throws<RuleViolationException>(() => _replay.Tick(new OfferClosed(Id("xcorp"), "#1", OfferOutcome.Lapsed, null)));
    }

    [Fact]
    public void An_offer_marks_the_holders_and_moves_no_money()
    {
        Lend();

        var tick = _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(5.5m * B), Figure.Between(0.9m, 0.95m), [], ActorId.Outside, false, Id("ms")));

        Assert.DoesNotContain(tick.Ledger, r => r.Account == Accounts.Cash);
        Assert.DoesNotContain(tick.Ledger, r => r.Account.StartsWith(Accounts.RealizedPrefix, StringComparison.Ordinal));
        Assert.Equal(5.5m * B, _replay.Metric("xcorp", Metric.DebtOffered));
        Assert.Equal(12.5m * B, _replay.Metric("xcorp", Metric.DebtOwedFace));
        Assert.Equal(11.5625m * B, _replay.Metric("xcorp", Metric.DebtOwedValue)); // 12.5B × 92.5%
        Assert.Equal(3.5m * B, _replay.Metric("ms", Metric.DebtHeldFace));
        Assert.Equal(-262.5m * M, _replay.Metric("ms", Metric.Unrealized)); // 3.5B × -7.5%
        Assert.Equal(-450 * M, _replay.Metric("bofa", Metric.Unrealized)); // 6B × -7.5%
        Assert.Contains(_replay.Snapshot("xcorp").Records, r => r.Kind == "debt-offer");
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Offers_add_up_and_a_later_price_replaces_the_mark()
    {
        Lend();
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(3 * B), Figure.Of(0.9m), [], ActorId.Outside, false, null));
        _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(2.5m * B), Figure.Of(0.95m), [], ActorId.Outside, false, null));

        Assert.Equal(5.5m * B, _replay.Metric("xcorp", Metric.DebtOffered));
        Assert.Equal(-175 * M, _replay.Metric("ms", Metric.Unrealized)); // 3.5B × -5%, not -10% - 5%
    }

    [Fact]
    public void A_debt_mark_reaches_the_holders_of_a_lender_valued_at_net_assets()
    {
        // h1 owns all of the credit fund, which lends 1B.
        _replay.Tick(new InvestmentMade(Id("credit"), Id("h1"), Figure.Of(1 * B), null));
        _replay.Tick(new LoanMade(Id("xcorp"), [new ActorAmount(Id("credit"), 1 * B)], null));

        var tick = _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(1 * B), Figure.Of(0.6m), [], ActorId.Outside, false, null));

        // 1B marked to 60%: the fund's net assets fall 400M, and so does h1's stake. Borrower, fund, h1.
        Assert.Equal(600 * M, _replay.Book("credit").NetWorth);
        Assert.Equal(600 * M, _replay.Metric("h1", Metric.StakesValue));
        Assert.Equal(3, tick.Supersteps);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Selling_more_than_the_sellers_hold_is_refused_and_leaves_the_books_as_they_were()
    {
        Lend();
        var before = Canon.Of(_replay.Snapshot("xcorp"));

        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(4 * B), Figure.Of(0.9m), [Id("ms")], Id("buyer"), true, null)));

        Assert.Equal(1, error.EventSeq);
        Assert.Contains("cannot sell", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Canon.Of(_replay.Snapshot("xcorp")));
    }

    [Fact]
    public void A_completed_sale_of_debt_nobody_holds_is_refused_even_when_the_face_rounds_to_nothing()
    {
        // Half a cent of face rounds to zero: there is nothing to sell and nobody to sell it, which is a rule
        // violation the scenario can be pointed at, not a crash.
        var error = Assert.Throws<RuleViolationException>(() =>
            _replay.Tick(new DebtSold(Id("xcorp"), Figure.Of(0.004m), Figure.Of(0.9m), [], Id("buyer"), true, null)));

        Assert.Equal(0, error.EventSeq);
        Assert.True(_replay.Book("xcorp").IsEmpty);
    }

    [Fact]
    public void A_seller_refuses_to_give_up_more_face_than_it_holds()
    {
        Lend();
        var world = _replay.World;
        var ms = _replay.Book("ms");
        var leg = new Message(new MessageKey(7, Id("xcorp"), 0), Id("ms"), new DebtSoldLeg(Id("xcorp"), 4 * B, 3.6m * B, Id("buyer")));

        var error = Assert.Throws<RuleViolationException>(() => Superstep.Run(ms, world, new DateOnly(2025, 2, 1), 1, [leg]));

        Assert.Equal(7, error.EventSeq);
        Assert.Equal(3.5m * B, ms.Balance(Accounts.Loan(Id("xcorp"))));
        Assert.Equal(-3.5m * B, ms.Balance(Accounts.Cash));
    }

    private TickRecord Lend() =>
        _replay.Tick(new LoanMade(Id("xcorp"), [new ActorAmount(Id("ms"), 3.5m * B), new ActorAmount(Id("bofa"), 6 * B), new ActorAmount(Id("barclays"), 3 * B)], "acquisition"));

    private static void AssertSold(string seller, decimal face, decimal proceeds, ImmutableArray<LedgerRow> ledger)
    {
        Assert.Single(ledger, r => r.Actor == Id("xcorp") && r.Account == Accounts.Debt(Id(seller)) && r.Amount == face);
        Assert.Single(ledger, r => r.Actor == Id(seller) && r.Account == Accounts.Loan(Id("xcorp")) && r.Amount == -face);
        Assert.Single(ledger, r => r.Actor == Id(seller) && r.Account == Accounts.Cash && r.Amount == proceeds && r.Counterparty == Id("buyer"));
        Assert.Single(ledger, r => r.Actor == Id("buyer") && r.Account == Accounts.Cash && r.Amount == -proceeds && r.Counterparty == Id(seller));
    }
}
