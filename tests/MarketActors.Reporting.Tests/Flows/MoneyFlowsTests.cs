using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Reporting.Flows;

namespace MarketActors.Reporting.Tests.Flows;

public sealed class MoneyFlowsTests
{
    public static TheoryData<string> Files => [.. Stories.Files.Select(f => Path.GetFileName(f))];

    [Fact]
    public void Musks_donation_to_openai_is_one_payment_from_him_to_it()
    {
        var flows = MoneyFlows.From(Stories.Seed.Output.Ledger);

        var donation = Assert.Single(flows, f => f.EventSeq == 0);
        Assert.Equal((new ActorId("musk"), new ActorId("openai"), 50_000_000m), (donation.From, donation.To, donation.Amount));
        Assert.Equal(new DateOnly(2018, 2, 20), donation.At);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_payment_is_received_by_its_payee_and_nothing_else_is_paid(string file)
    {
        var ledger = Stories.Replay(Path.Combine(Paths.Root, "scenarios", file)).Output.Ledger;
        var received = ledger
            .Where(r => r.Book == Accounts.BalanceBook && r.Account == Accounts.Cash && r.Amount > 0 && r.Counterparty is not null)
            .GroupBy(r => (From: r.Counterparty!.Value, To: r.Actor, r.EventSeq))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));

        var paid = MoneyFlows.From(ledger).GroupBy(f => (f.From, f.To, f.EventSeq)).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));

        Assert.Equal(received.OrderBy(p => p.Key.ToString()), paid.OrderBy(p => p.Key.ToString()));
    }

    [Fact]
    public void Totals_sum_the_payments_per_payer_and_payee_largest_first()
    {
        var flows = new List<MoneyFlow>
        {
            new(new DateOnly(2025, 1, 1), 0, new ActorId("a"), new ActorId("b"), 10m, "x"),
            new(new DateOnly(2025, 1, 2), 1, new ActorId("a"), new ActorId("b"), 5m, "y"),
            new(new DateOnly(2025, 1, 2), 1, new ActorId("c"), new ActorId("a"), 20m, "z"),
        };

        var totals = MoneyFlows.Totals(flows);

        Assert.Equal([(new ActorId("c"), new ActorId("a"), 20m, 1), (new ActorId("a"), new ActorId("b"), 15m, 2)], totals);
    }

    [Fact]
    public void The_tables_name_the_actors_and_the_event()
    {
        var view = new RunView(Stories.Seed.Plan, Stories.Seed.Output);

        var table = MoneyFlows.Table(view);
        var totals = MoneyFlows.TotalsTable(view);

        Assert.Contains(table.Rows, r => r[0] == "2018-02-20" && r[2] == "Elon Musk" && r[3] == "OpenAI" && r[4] == "$50M");
        Assert.Equal(MoneyFlows.Totals(MoneyFlows.From(view.Output.Ledger)).Count, totals.Rows.Length);
    }
}
