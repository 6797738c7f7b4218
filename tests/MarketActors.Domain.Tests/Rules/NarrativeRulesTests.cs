using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class NarrativeRulesTests
{
    private const decimal B = 1_000_000_000m;

    private readonly Replay _replay = new(
        Of(Project("stargate"), Investor("softbank"), Company("openai"), Company("deepseek"), Investor("musk"), Company("xai"), Company("reddit")),
        Invariants.AfterMessage);

    [Fact]
    public void A_claim_with_a_figure_sets_the_contested_capital_beside_the_announced_one()
    {
        _replay.Tick(new FundingAnnounced(Id("stargate"), Figure.Of(500 * B), "4y", Figure.Of(100 * B)));

        var tick = _replay.Tick(new ClaimMade("musk", Id("stargate"), Id("softbank"), "SoftBank has secured well under $10B", ClaimStance.Asserts, Figure.Of(10 * B, FigureBound.Below), ["F01"]));

        var snapshot = _replay.Snapshot("stargate");
        Assert.Equal(10 * B, snapshot.Metric(Metric.CapitalContested));
        Assert.Equal(500 * B, snapshot.Metric(Metric.CapitalAnnounced));
        Assert.Equal(100 * B, snapshot.Metric(Metric.CapitalPledged));
        var record = snapshot.Records.Single(r => r.Kind == "claim");
        Assert.Equal("Musk claims on Stargate: \"SoftBank has secured well under $10B\" (Softbank: < $10B)", record.Text);
        Assert.Empty(tick.Ledger);
        Assert.True(_replay.Book("softbank").IsEmpty);
    }

    [Fact]
    public void A_denial_is_recorded_as_such_and_without_a_figure_leaves_the_contested_capital_alone()
    {
        _replay.Tick(new ClaimMade("analyst", Id("stargate"), null, "They have the money", ClaimStance.Asserts, Figure.Of(50 * B), []));
        _replay.Tick(new ClaimMade("openai", Id("stargate"), null, "The claim is wrong", ClaimStance.Denies, null, ["E02"]));

        var snapshot = _replay.Snapshot("stargate");
        Assert.Equal(50 * B, snapshot.Metric(Metric.CapitalContested));
        Assert.Equal(["claim", "denial"], snapshot.Records.Select(r => r.Kind));
        Assert.Equal("Openai denies on Stargate: \"The claim is wrong\"", snapshot.Records[1].Text);
    }

    [Fact]
    public void A_resolved_claim_keeps_its_figure_and_the_subject_records_the_outcome()
    {
        _replay.Tick(new ClaimMade("musk", Id("stargate"), Id("softbank"), "SoftBank has secured well under $10B", ClaimStance.Asserts, Figure.Of(10 * B, FigureBound.AtMost), []));

        var tick = _replay.Tick(new ClaimResolved(Id("stargate"), "musk-doubts", ClaimOutcome.Contradicted, "softbank-commits"));

        var snapshot = _replay.Snapshot("stargate");
        Assert.Equal(10 * B, snapshot.Metric(Metric.CapitalContested));
        Assert.Equal(["claim", "claim-contradicted"], snapshot.Records.Select(r => r.Kind));
        Assert.Equal("Stargate: claim musk-doubts contradicted by softbank-commits", snapshot.Records[1].Text);
        Assert.Empty(tick.Ledger);
        Assert.Empty(tick.Series);
    }

    [Fact]
    public void A_revision_on_its_own_date_only_leaves_a_record()
    {
        // The plan applies a revision's figures to the event it names (RunPlan); the event itself moves nothing.
        var tick = _replay.Tick(new FigureRevised(Id("deepseek"), "r1-release", new DateOnly(2025, 1, 20), [new RevisedFigure("training-cost", MetricUnit.Usd, Figure.Of(5_576_000m, FigureBound.Approximate), Figure.Of(1.6m * B))]));

        var record = Assert.Single(_replay.Snapshot("deepseek").Records);
        Assert.Equal(("revision", "Deepseek: figures of r1-release revised from 2025-01-20: training-cost ~$5.576M → $1.6B"), (record.Kind, record.Text));
        Assert.Empty(tick.Ledger);
        Assert.Empty(tick.Series);
    }

    [Fact]
    public void Odds_set_a_metric_per_question_and_a_new_quote_replaces_the_old()
    {
        _replay.Tick(new OddsQuoted("analyst", Id("openai"), "OpenAI releases GPT-5 in 2025", "gpt5-2025", 0.13m));
        _replay.Tick(new OddsQuoted("analyst", Id("openai"), "OpenAI releases GPT-5 in 2025", "gpt5-2025", 0.2m));
        _replay.Tick(new OddsQuoted("analyst", Id("openai"), "OpenAI goes public", "ipo", 0.05m));

        Assert.Equal(0.2m, _replay.Metric("openai", "odds:gpt5-2025"));
        Assert.Equal(0.05m, _replay.Metric("openai", "odds:ipo"));
        Assert.Equal(MetricUnit.Fraction, Metric.UnitOf("odds:ipo"));
        Assert.Equal(3, _replay.Snapshot("openai").Records.Count(r => r.Kind == "odds"));
    }

    [Fact]
    public void Layoffs_add_up_the_jobs_cut_and_a_share_alone_is_only_recorded()
    {
        _replay.Tick(new LayoffsAnnounced(Id("xai"), Figure.Of(1_000m), 0.1m));
        _replay.Tick(new LayoffsAnnounced(Id("xai"), Figure.Of(500m, FigureBound.Approximate), null));
        _replay.Tick(new LayoffsAnnounced(Id("xai"), null, 0.05m));

        Assert.Equal(1_500m, _replay.Metric("xai", Metric.JobsCut));
        Assert.Equal(["Xai lays off 1,000 staff (10%)", "Xai lays off ~500 staff", "Xai lays off staff (5%)"], _replay.Snapshot("xai").Records.Select(r => r.Text));
    }

    [Fact]
    public void Models_are_counted_and_their_training_costs_summed()
    {
        _replay.Tick(new ModelReleased(Id("deepseek"), "DeepSeek-V3", Figure.Of(5_576_000m, FigureBound.Approximate), true, null));
        _replay.Tick(new ModelReleased(Id("deepseek"), "DeepSeek-R1", null, true, "OpenAI o1"));
        _replay.Tick(new ModelReleased(Id("deepseek"), "Janus-Pro", Figure.Between(1_000_000m, 2_000_000m), true, null));

        Assert.Equal(3m, _replay.Metric("deepseek", Metric.ModelsReleased));
        Assert.Equal(7_076_000m, _replay.Metric("deepseek", Metric.TrainingCost)); // 5,576,000 + 1,500,000
        Assert.Equal("Deepseek releases DeepSeek-R1 (open weights), comparable to OpenAI o1", _replay.Snapshot("deepseek").Records[1].Text);
    }

    [Fact]
    public void A_lawsuit_is_recorded_by_the_defendant_and_the_plaintiff()
    {
        var tick = _replay.Tick(new LawsuitFiled([Id("musk")], [Id("openai")], "breach of the founding agreement"));

        Assert.Equal(2, tick.Supersteps);
        var defendant = Assert.Single(_replay.Snapshot("openai").Records);
        var plaintiff = Assert.Single(_replay.Snapshot("musk").Records);
        Assert.Equal("lawsuit", defendant.Kind);
        Assert.Equal(defendant, plaintiff);
        Assert.Equal("Musk sues Openai: breach of the founding agreement", defendant.Text);
        Assert.Empty(tick.Ledger);
    }

    [Fact]
    public void Data_provided_is_recorded_on_both_sides_and_counted_by_the_recipient()
    {
        _replay.Tick(new DataProvided(Id("reddit"), Id("openai"), "a licence to its posts"));
        _replay.Tick(new DataProvided(Id("reddit"), Id("openai"), "an API feed"));

        Assert.Equal(["data-provided", "data-provided"], _replay.Snapshot("reddit").Records.Select(r => r.Kind));
        Assert.Equal(["data-received", "data-received"], _replay.Snapshot("openai").Records.Select(r => r.Kind));
        Assert.Equal(2m, _replay.Metric("openai", Metric.DataAssets));
        Assert.Equal(0m, _replay.Metric("reddit", Metric.DataAssets));
        Assert.Equal("Reddit provides an API feed to Openai", _replay.Snapshot("openai").Records[1].Text);
    }

    [Fact]
    public void Jobs_pledged_set_the_figure_and_statements_are_only_recorded()
    {
        _replay.Tick(new JobsPledged(Id("stargate"), Figure.Of(100_000m, FigureBound.AtLeast)));
        _replay.Tick(new JobsPledged(Id("stargate"), Figure.Of(200_000m)));
        _replay.Tick(new StatementMade("musk", Id("stargate"), "They don't actually have the money"));

        Assert.Equal(200_000m, _replay.Metric("stargate", Metric.JobsPledged));
        Assert.Equal(["jobs", "jobs", "statement"], _replay.Snapshot("stargate").Records.Select(r => r.Kind));
        Assert.Equal(new[] { 0, 1, 2 }, _replay.Snapshot("stargate").Records.Select(r => r.EventSeq));
        Assert.Empty(_replay.Snapshot("stargate").Balances);
    }
}
