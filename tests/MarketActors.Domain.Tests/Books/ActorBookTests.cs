using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Books;

public sealed class ActorBookTests
{
    private static readonly World World = Of(Company("c"), Investor("i"), Investor("j"), Project("p"));

    [Fact]
    public void Fresh_books_are_empty_and_worth_nothing()
    {
        var book = new ActorBook(World, Id("c"));

        Assert.True(book.IsEmpty);
        Assert.Equal(0m, book.NetWorth);
        Assert.Null(book.Valuation);
        Assert.Empty(book.Metrics());
        var snapshot = book.Snapshot();
        Assert.Equal(Id("c"), snapshot.Id);
        Assert.Equal(ActorKind.Company, snapshot.Kind);
        Assert.Equal("C", snapshot.Name);
        Assert.Empty(snapshot.Balances);
        Assert.Empty(snapshot.Records);
    }

    [Fact]
    public void Books_cannot_be_opened_for_an_actor_outside_the_world()
    {
        Assert.Throws<KeyNotFoundException>(() => new ActorBook(World, Id("nobody")));
    }

    [Fact]
    public void Every_world_has_the_outside_actor()
    {
        var book = new ActorBook(World, ActorId.Outside);

        Assert.Equal(ActorKind.External, book.Profile.Kind);
        Assert.Contains(World.Actors, a => a.Id == ActorId.Outside);
    }

    [Fact]
    public void Apply_reports_the_metrics_it_moved_and_the_lines_it_posted()
    {
        var book = new ActorBook(World, Id("p"));
        var e = new CapitalCalled(Id("p"), Id("i"), Figure.Of(100m));
        var context = new ApplyContext(World, new DateOnly(2025, 1, 21), 3, Id("p"));

        var applied = book.Apply(new Message(MessageKey.ForEvent(3), Id("p"), new EventOccurred(e)), context, step: 0, index: 0);

        Assert.Equal(3, applied.EventSeq);
        Assert.Equal(0, applied.Step);
        Assert.Equal(Id("p"), applied.Actor);
        Assert.Equal(
            [new Delta(Metric.CapitalFunded, 0m, 100m), new Delta(Metric.Cash, 0m, 100m), new Delta(Metric.NetWorth, 0m, 100m)],
            applied.Deltas.ToArray());

        // Two entries: cash against contributions in the balance book, funded against its offset in the memo book.
        Assert.Equal(
            [
                new LedgerLine(0, Accounts.BalanceBook, Accounts.Cash, 100m, Id("i"), "capital called"),
                new LedgerLine(0, Accounts.BalanceBook, Accounts.Contributions, -100m, null, "capital called"),
                new LedgerLine(1, Accounts.MemoBook, Accounts.Funded, 100m, null, "capital funded"),
                new LedgerLine(1, Accounts.MemoBook, Accounts.MemoOffset, -100m, null, "capital funded"),
            ],
            applied.Lines.ToArray());
        Assert.Equal([(Id("i"), (Payload)new CapitalContributed(Id("p"), 100m))], context.Outgoing.ToArray());
    }

    [Fact]
    public void Net_worth_is_assets_at_value_less_liabilities_at_face()
    {
        var replay = new Replay(World);
        replay.Tick(new LoanMade(Id("c"), [new ActorAmount(Id("i"), 1_000m)], null));
        replay.Tick(new InvestmentMade(Id("c"), Id("j"), Figure.Of(500m), 0.5m));
        replay.Tick(new DebtSold(Id("c"), Figure.Of(1_000m), Figure.Of(0.9m), [], ActorId.Outside, false, null));

        // c: cash 1,000 + 500, debt 1,000 at face (its price does not enter its net worth), paid-in 500.
        Assert.Equal(500m, replay.Book("c").NetWorth);
        Assert.Equal(900m, replay.Metric("c", Metric.DebtOwedValue));

        // i: cash -1,000, loan 1,000, mark -100 → -100.
        Assert.Equal(-100m, replay.Book("i").NetWorth);
        Assert.Equal(-100m, replay.Metric("i", Metric.Unrealized));

        // j: cash -500, a half of a company valued 1,000 → 0.
        Assert.Equal(0m, replay.Book("j").NetWorth);
    }

    [Fact]
    public void Accounts_that_return_to_zero_and_metrics_that_are_zero_are_left_out()
    {
        var replay = new Replay(World);
        replay.Tick(new DonationMade(Id("i"), Id("j"), Figure.Of(5m)));
        replay.Tick(new DonationMade(Id("j"), Id("i"), Figure.Of(5m)));

        // i gave 5 and got 5 back: cash and donations are both back to zero, so neither is listed.
        var snapshot = replay.Snapshot("i");
        Assert.Empty(snapshot.Balances);
        Assert.Empty(snapshot.Metrics);
        Assert.Equal(4, replay.Applied.Where(a => a.Actor == Id("i")).Sum(a => a.Lines.Length));
    }

    [Fact]
    public void Snapshots_list_everything_in_a_fixed_order()
    {
        var replay = new Replay(Of(Company("c"), Investor("zeta"), Investor("alpha"), Investor("mid")));
        replay.Tick(new LoanMade(Id("c"), [new ActorAmount(Id("zeta"), 1m), new ActorAmount(Id("alpha"), 2m), new ActorAmount(Id("mid"), 3m)], null));
        replay.Tick(
            new InvestmentMade(Id("c"), Id("zeta"), Figure.Of(10m), 0.1m),
            new InvestmentMade(Id("c"), Id("alpha"), Figure.Of(10m), 0.1m));

        var c = replay.Snapshot("c");
        Assert.Equal(["alpha", "mid", "zeta"], c.DebtOwed.Select(d => d.Actor.Value));
        Assert.Equal(["alpha", "zeta"], c.Holders.Select(d => d.Actor.Value));
        Assert.Equal(c.Balances.Select(b => b.Key).Order(StringComparer.Ordinal), c.Balances.Select(b => b.Key));
        Assert.Equal(c.Metrics.Select(b => b.Key).Order(StringComparer.Ordinal), c.Metrics.Select(b => b.Key));
    }

    [Theory]
    [InlineData("cash", AccountClass.Asset)]
    [InlineData("other-holdings", AccountClass.Asset)]
    [InlineData("stake:x", AccountClass.Asset)]
    [InlineData("loan:x", AccountClass.Asset)]
    [InlineData("loan-mark:x", AccountClass.Asset)]
    [InlineData("contribution:x", AccountClass.Asset)]
    [InlineData("debt:x", AccountClass.Liability)]
    [InlineData("paid-in", AccountClass.Equity)]
    [InlineData("contributions", AccountClass.Equity)]
    [InlineData("donations", AccountClass.Equity)]
    [InlineData("revaluation", AccountClass.Equity)]
    [InlineData("realized", AccountClass.Equity)]
    [InlineData("reconciled", AccountClass.Equity)]
    public void Each_account_has_its_class(string account, AccountClass expected)
    {
        Assert.Equal(expected, Accounts.ClassOf(account));
    }

    [Fact]
    public void Account_names_carry_the_other_actor()
    {
        Assert.Equal("stake:x-corp", Accounts.Stake(Id("x-corp")));
        Assert.Equal("loan:x-corp", Accounts.Loan(Id("x-corp")));
        Assert.Equal("loan-mark:x-corp", Accounts.LoanMark(Id("x-corp")));
        Assert.Equal("debt:morgan-stanley", Accounts.Debt(Id("morgan-stanley")));
        Assert.Equal("contribution:stargate", Accounts.Contribution(Id("stargate")));
    }

    [Fact]
    public void An_unbalanced_entry_is_refused()
    {
        var context = new ApplyContext(World, new DateOnly(2025, 1, 1), 0, Id("c"));

        Assert.Throws<InvalidOperationException>(() => context.Post(Accounts.BalanceBook, "bad", new Leg(Accounts.Cash, 1m), new Leg(Accounts.PaidIn, -0.99m)));
        Assert.Empty(context.Lines);
    }

    [Fact]
    public void Legs_of_zero_are_dropped_and_an_entry_of_only_zeros_is_not_numbered()
    {
        var context = new ApplyContext(World, new DateOnly(2025, 1, 1), 0, Id("c"));

        Assert.Empty(context.Post(Accounts.BalanceBook, "nothing", new Leg(Accounts.Cash, 0m), new Leg(Accounts.PaidIn, 0m)));
        var posted = context.Post(Accounts.BalanceBook, "something", new Leg(Accounts.Cash, 1m), new Leg(Accounts.Realized(Accounts.Loan(Id("c"))), 0m), new Leg(Accounts.PaidIn, -1m));

        Assert.Equal(2, posted.Length);
        Assert.All(posted, l => Assert.Equal(0, l.Entry));
    }
}
