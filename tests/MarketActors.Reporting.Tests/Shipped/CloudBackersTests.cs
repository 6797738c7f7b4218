using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Answers;
using MarketActors.Reporting.Tests.Answers;

namespace MarketActors.Reporting.Tests.Shipped;

/// <summary>
/// The second shipped story, scenarios/cloud-backers-2023.yaml: the figures its replay must show, each computed by hand
/// from the figures its sources give (cited in the scenario beside each event).
/// </summary>
public sealed class CloudBackersTests
{
    private const decimal B = 1_000_000_000m;
    private const decimal M = 1_000_000m;

    private static readonly Lazy<RunView> Run = new(() => Tests.Stories.Replay(Path.Combine(Paths.Root, "scenarios", "cloud-backers-2023.yaml")).View);

    private static decimal At(string actor, string metric, string date) =>
        Run.Value.At(new ActorId(actor), metric, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Microsoft_holds_ten_twenty_ninths_of_openai_marked_by_each_tender()
    {
        // Semafor: $10B in a round valuing OpenAI at $29B (taken as post-money): Microsoft holds 10/29 = 34.48%.
        Assert.Equal(29 * B, At("openai", Metric.Valuation, "2023-01-23"));
        Assert.Equal(10 * B, At("microsoft", Metric.StakesValue, "2023-01-23"));

        // The April 2023 tender at about $27B: 10/29 × $27B = $9,310,344,827.59, a paper loss of $689,655,172.41; the
        // buyers paid 1.11% × $27B = $299.7M ("nearly $300M").
        Assert.Equal(9_310_344_827.59m, At("microsoft", Metric.StakesValue, "2023-04-28"));
        Assert.Equal(-689_655_172.41m, At("microsoft", Metric.Unrealized, "2023-04-28"));
        Assert.Equal(-299.7m * M, At("tender-buyers-2023", Metric.Cash, "2023-04-28"));

        // February 2024: "$80 billion or more" (NYT), "around $86 billion" (CNBC): booked at the middle, $83B.
        // Microsoft: 10/29 × $83B = $28,620,689,655.17; the 2023 buyers' 1.11%: $921.3M.
        Assert.Equal(83 * B, At("openai", Metric.Valuation, "2024-02-16"));
        Assert.Equal(28_620_689_655.17m, At("microsoft", Metric.StakesValue, "2024-02-16"));
        Assert.Equal(921.3m * M, At("tender-buyers-2023", Metric.StakesValue, "2024-02-16"));
    }

    [Fact]
    public void Google_holds_fifteen_percent_of_anthropic_after_the_series_c()
    {
        // The FT: about $300M for about 10%: Anthropic at $3B.
        Assert.Equal(3 * B, At("anthropic", Metric.Valuation, "2023-02-03"));

        // Series C: $450M at $4.1B post-money, so $3.65B pre-money. Google's 10% becomes 10% × 3.65 / 4.1, and its $250M
        // buys 250 / 4,100: (365 + 250) / 4,100 = 15% exactly, worth 15% × $4.1B = $615M.
        Assert.Equal(615 * M, At("google", Metric.StakesValue, "2023-05-23"));
        Assert.Equal(65 * M, At("google", Metric.Unrealized, "2023-05-23")); // $615M against the $550M it paid

        // The NYT's $15B: Google's 15% is $2.25B; the other Series C investors' 200 / 4,100 is $731,707,317.07.
        Assert.Equal(2.25m * B, At("google", Metric.StakesValue, "2024-02-01"));
        Assert.Equal(731_707_317.07m, At("series-c-others", Metric.StakesValue, "2024-02-01"));
    }

    [Fact]
    public void Anthropic_owes_its_cloud_backers_four_and_a_half_billion_and_has_contracted_seven_back()
    {
        // Convertible notes at face: Amazon $1.25B + $2.75B, Google $500M.
        Assert.Equal(4.5m * B, At("anthropic", Metric.DebtOwedFace, "2024-03-27"));
        Assert.Equal(4 * B, At("amazon", Metric.DebtHeldFace, "2024-03-27"));
        Assert.Equal(500 * M, At("google", Metric.DebtHeldFace, "2024-03-27"));

        // Cloud contracts: $3B+ with Google over four years, $4B with AWS: $7B of purchases, each seller's backlog.
        Assert.Equal(7 * B, At("anthropic", Metric.ContractsPurchases, "2024-03-27"));
        Assert.Equal(4 * B, At("amazon", Metric.ContractsBacklog, "2024-03-27"));
        Assert.Equal(3 * B, At("google", Metric.ContractsBacklog, "2024-03-27"));

        // Money promised but not yet paid: Google's $1.5B more (and the $250M it paid in the Series C), Amazon's option.
        Assert.Equal(1.75m * B, At("google", Metric.CommitmentsMade, "2024-03-27"));
        Assert.Equal(2.75m * B, At("amazon", Metric.PledgesMade, "2024-03-27"));
    }

    [Fact]
    public void The_report_keeps_the_qualifiers_the_sources_gave()
    {
        var contracts = RunReport.Build(Run.Value).Answers.Titled("Contracts");
        var marks = RunReport.Build(Run.Value).Answers.Titled("Valuation marks");

        Assert.Equal("$3B+", contracts.Cells(contracts.Rows[0])["Total"]);
        Assert.Equal("$3B+", contracts.Cells(contracts.Rows[0])["Seller's backlog after"]);
        Assert.Contains(marks.Notes, n => n.Contains("marks OpenAI at $80B–$86B", StringComparison.Ordinal));
        Assert.Contains(marks.Notes, n => n.Contains("OpenAI marked at ~$20B", StringComparison.Ordinal));
    }
}
