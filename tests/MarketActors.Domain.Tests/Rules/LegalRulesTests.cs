using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class LegalRulesTests
{
    private const decimal M = 1_000_000m;

    private static readonly RulingMade Settlement = new(
        "#0",
        RulingOutcome.Settled,
        [new Payment(Id("openai"), Id("musk"), Figure.Of(100 * M)), new Payment(Id("microsoft"), Id("zilis"), Figure.Of(40 * M)), new Payment(Id("microsoft"), Id("musk"), Figure.Of(10 * M))],
        null,
        [Id("musk"), Id("zilis")],
        [Id("openai"), Id("microsoft")]);

    private readonly Replay _replay = new(
        Of(Investor("musk"), Investor("zilis"), Company("openai"), Company("microsoft"), Investor("fund", nav: true)),
        Invariants.AfterMessage);

    [Fact]
    public void A_suit_with_several_parties_on_each_side_leaves_one_record_with_every_party()
    {
        var tick = _replay.Tick(new LawsuitFiled([Id("musk"), Id("zilis")], [Id("openai"), Id("microsoft")], "antitrust"));

        // The first defendant applies it (superstep 0) and tells the three others (superstep 1).
        Assert.Equal(2, tick.Supersteps);
        foreach (var party in new[] { "musk", "zilis", "openai", "microsoft" })
        {
            var record = Assert.Single(_replay.Snapshot(party).Records);
            Assert.Equal(("lawsuit", "Musk and Zilis sue Openai and Microsoft: antitrust"), (record.Kind, record.Text));
        }

        Assert.Empty(tick.Ledger);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void Damages_move_cash_from_each_defendant_to_each_plaintiff_booked_on_both_sides()
    {
        _replay.Tick(new LawsuitFiled([Id("musk"), Id("zilis")], [Id("openai"), Id("microsoft")], "antitrust"));

        var tick = _replay.Tick(Settlement);

        // OpenAI pays $100M to Musk; Microsoft pays $40M to Zilis and $10M to Musk. Nobody had cash before, so:
        // openai -100M, microsoft -50M (40 + 10), musk +110M (100 + 10), zilis +40M; the sums cancel (-150 + 150).
        Assert.Equal(-100 * M, _replay.Metric("openai", Metric.Cash));
        Assert.Equal(-50 * M, _replay.Metric("microsoft", Metric.Cash));
        Assert.Equal(110 * M, _replay.Metric("musk", Metric.Cash));
        Assert.Equal(40 * M, _replay.Metric("zilis", Metric.Cash));
        Assert.Equal(-50 * M, _replay.Metric("microsoft", Metric.NetWorth));
        Assert.Equal(110 * M, _replay.Metric("musk", Metric.NetWorth));

        // Each payment is two entries: the payer's (damages debit, cash credit) and the payee's (cash debit, damages credit).
        var damages = tick.Ledger.Where(r => r.Account == Accounts.Damages).ToList();
        Assert.Equal(6, damages.Count);
        Assert.Equal(150 * M, damages.Where(r => r.Amount > 0).Sum(r => r.Amount));
        Assert.Equal(-150 * M, damages.Where(r => r.Amount < 0).Sum(r => r.Amount));
        var paid = tick.Ledger.Where(r => r.Account == Accounts.Cash && r.Amount < 0).Select(r => (r.Actor.Value, r.Counterparty!.Value.Value, r.Amount)).ToList();
        Assert.Equal([("microsoft", "zilis", -40 * M), ("microsoft", "musk", -10 * M), ("openai", "musk", -100 * M)], paid.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Amount));

        // OpenAI pays at once (superstep 0) and tells Microsoft to pay; Microsoft pays in 1; Zilis is paid in 2.
        Assert.Equal(3, tick.Supersteps);
        Assert.Equal(["lawsuit", "ruling"], _replay.Snapshot("zilis").Records.Select(r => r.Kind));
        Assert.Equal("Ruling in #0: settled; Openai pays Musk $100M; Microsoft pays Zilis $40M; Microsoft pays Musk $10M", _replay.Snapshot("zilis").Records[1].Text);
        Invariants.Settled(_replay);
    }

    [Fact]
    public void A_fund_at_nav_that_pays_damages_passes_the_loss_to_its_holders()
    {
        // Musk holds all of the fund: his stake is worth its net assets, so the fund's $30M of damages cost him $30M
        // of stake value, and the $30M comes back to him as the plaintiff: his net worth does not move.
        _replay.Tick(new InvestmentMade(Id("fund"), Id("musk"), Figure.Of(100 * M), 1m));
        _replay.Tick(new LawsuitFiled([Id("musk")], [Id("fund")], "fees"));

        _replay.Tick(new RulingMade("#1", RulingOutcome.ForPlaintiffs, [new Payment(Id("fund"), Id("musk"), Figure.Of(30 * M))], null, [Id("musk")], [Id("fund")]));

        Assert.Equal(70 * M, _replay.Metric("fund", Metric.NetWorth)); // 100 paid in - 30 paid out
        Assert.Equal(70 * M, _replay.Metric("musk", Metric.StakesValue));
        Assert.Equal(-100 * M + (30 * M), _replay.Metric("musk", Metric.Cash));
        Assert.Equal(0m, _replay.Metric("musk", Metric.NetWorth)); // -70 cash + 70 stake
        Invariants.Settled(_replay);
    }
}
