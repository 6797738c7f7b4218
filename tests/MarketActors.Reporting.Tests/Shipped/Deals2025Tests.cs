using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tests.Answers;

namespace MarketActors.Reporting.Tests.Shipped;

/// <summary>
/// The third shipped story, scenarios/deals-2025.yaml: the figures its replay must show, each computed by hand from the
/// figures its sources give (cited in the scenario beside each event).
/// </summary>
public sealed class Deals2025Tests
{
    private const decimal B = 1_000_000_000m;
    private const decimal M = 1_000_000m;

    private static readonly Lazy<RunView> Run = new(() => Tests.Stories.Replay(Path.Combine(Paths.Root, "scenarios", "deals-2025.yaml")).View);

    private static decimal At(string actor, string metric, string date) =>
        Run.Value.At(new ActorId(actor), metric, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    private static Tables.ReportTable Table(string title) => RunReport.Build(Run.Value).Answers.Titled(title);

    [Fact]
    public void The_banks_lost_on_x_debt_what_the_discounts_say_and_the_buyers_are_apart()
    {
        var debt = Table("Debt of X Corp (owed by xAI since 2025-03-28)");

        // Sold: ~$1B at 90–95 cents (booked at 92.5: a 7.5% loss), $5.5B at 97 (3%), $4.74B at par (nothing):
        // $75M + $165M = $240M realised. Kept: $13B − $11.24B = $1.76B, marked by the open $1.23B offer at 97.5–98
        // (97.75): 2.25% × $1.76B = $39.6M unrealised. At the low ends: $100M + $165M + 2.5% × $1.76B = $309M; at the
        // high ends: $50M + $165M + 2% × $1.76B = $250.2M.
        var lenders = debt.Row("Original lenders");
        Assert.Equal(("$13B", "$11.24B", "$1.76B"), (lenders["Lent"], lenders["Sold"], lenders["Held now"]));
        Assert.Equal(("-$240M", "-$39.6M", "-$279.6M"), (lenders["Realised"], lenders["Unrealised"], lenders["Gain / loss"]));
        Assert.Equal("-$309M to -$250.2M", lenders["Across the price range"]);

        // The buyers paid $925M + $5.335B + $4.74B = $11B for $11.24B of face, now worth 97.75%: $10.9871B, $12.9M down.
        var buyers = debt.Row("Buyers");
        Assert.Equal(("$11.24B", "$10.987B", "-$12.9M"), (buyers["Bought"], buyers["Value at market"], buyers["Gain / loss"]));
    }

    [Fact]
    public void Each_offer_of_x_debt_is_shown_against_what_happened()
    {
        var offers = Table("Offers of X Corp");

        string Outcome(string id) => offers.Cells(offers.Rows.Single(r => r[1] == id))["Outcome"];
        Assert.Equal("filled", Outcome("february-offer")); // $3B planned, $5.5B sold against it
        Assert.Equal("superseded on 2025-02-13 by par-offer-upsized", Outcome("par-offer"));
        Assert.Equal("filled", Outcome("par-offer-upsized"));
        Assert.Equal("open", Outcome("final-offer"));
        Assert.Equal(1.23m * B, At("xai", Metric.DebtOffered, "2025-04-24"));
    }

    [Fact]
    public void Xai_absorbs_x_and_its_holders_hold_xai_by_the_value_they_brought()
    {
        // $80B + $33B = $113B. Musk's 79% of X is 79% × $33B = $26.07B of xAI; the co-investors' 21%, $6.93B.
        Assert.Equal(113 * B, At("xai", Metric.Valuation, "2025-03-28"));
        Assert.Equal(26.07m * B, At("musk", Metric.StakesValue, "2025-03-28"));
        Assert.Equal(6.93m * B, At("x-co-investors", Metric.StakesValue, "2025-03-28"));

        // The $13B of face is owed by xAI now: $1.76B to the banks, $11.24B to the buyers.
        Assert.Equal(13 * B, At("xai", Metric.DebtOwedFace, "2025-03-28"));
        Assert.Equal(0m, At("x-corp", Metric.DebtOwedFace, "2025-03-28"));
    }

    [Fact]
    public void Softbanks_round_is_paid_at_one_price_and_its_second_tranche_in_full_once_openai_restructured()
    {
        // $300B post-money, $40B committed: $260B pre. Mid-April: $10B in, $270B. The restructuring is done on
        // 2025-10-28, when OpenAI is valued at $500B; on 2025-12-31 the other $30B comes in at the round's price:
        // $500B + $30B = $530B. SoftBank holds 30 / 300 = 10% ($53B), the co-investors 10 / 300 ($17,666,666,666.67).
        Assert.Equal(270 * B, At("openai", Metric.Valuation, "2025-04-15"));
        Assert.Equal(530 * B, At("openai", Metric.Valuation, "2025-12-31"));
        Assert.Equal(53 * B, At("softbank", Metric.StakesValue, "2025-12-31"));
        Assert.Equal(17_666_666_666.67m, At("openai-syndicate", Metric.StakesValue, "2025-12-31"));

        var rounds = Table("Priced rounds");
        var conditional = rounds.Cells(rounds.Rows.Single(r => r[0] == "2025-12-31" && r[3] == "SoftBank Group"));
        Assert.Equal(("$22.5B", "paid in full: for-profit-restructuring met on 2025-10-28"), (conditional["Paid"], conditional["What happened"]));
    }

    [Fact]
    public void Musks_bid_is_rejected_and_the_marks_check_out()
    {
        var bids = Table("Bids");
        Assert.Equal("rejected on 2025-02-14 (OpenAI is not for sale) (bloomberg-2025-02-14)", bids.Cells(bids.Rows[0])["Outcome"]);

        // Nvidia: ~$2.903T, which $118.42 × 24.51B shares ($2.902T) and −16.97% from $3.492T ($2.899T) agree with.
        Assert.Equal(2.903m * 1_000 * B, At("nvidia", Metric.Valuation, "2025-01-27"));

        // AMD: ~$165 × ~1.6B shares = $264B, then $206 a share: $329.6B. OpenAI's warrant has nothing vested yet.
        Assert.Equal(264 * B, At("amd", Metric.Valuation, "2025-10-03"));
        Assert.Equal(329.6m * B, At("amd", Metric.Valuation, "2025-10-06"));
        Assert.Equal(0m, At("openai", Metric.WarrantsValue, "2025-10-06"));

        // OpenAI's incremental Azure commitment is Microsoft's backlog.
        Assert.Equal(250 * B, At("microsoft", Metric.ContractsBacklog, "2025-10-28"));
    }

    [Fact]
    public void Gigawatts_planned_roll_up_with_their_qualifiers_and_nvidias_commitment_waits_for_the_first_one()
    {
        // Stargate's sites: ~7 GW (September), restated to more than 8 GW with Michigan (October). OpenAI operates them
        // and the 6 GW of AMD sites: > 8 GW + 6 GW = > 14 GW, in MW 8,000 + 6,000.
        Assert.Equal(7_000m, At("stargate-sites", Metric.PowerPlanned, "2025-09-23"));
        Assert.Equal(8_000m, At("stargate", Metric.PowerPlanned, "2025-10-30"));
        Assert.Equal(14_000m, At("openai", Metric.PowerPlanned, "2025-10-30"));
        var compute = RunReport.Build(Run.Value).EndState.Titled("Compute at the end");
        Assert.Equal("> 14 GW", compute.Row("OpenAI")["Power planned"]);
        Assert.Equal("> 8 GW", compute.Row("Stargate")["Power planned"]);

        // Nvidia's $100B, $10B per gigawatt online: none is online in 2025, so nothing is released.
        Assert.Equal(100 * B, At("nvidia", Metric.CommitmentsMade, "2025-12-31"));
        Assert.Equal(0m, At("nvidia", Metric.CommitmentsReleased, "2025-12-31"));
    }
}
