using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Scenarios.Tests.Compile;

/// <summary>Two times: events known after they happen, figures revised later, and the story as known at a date.</summary>
public sealed class FigureRevisionsTests
{
    private const decimal M = 1_000_000m;
    private const decimal B = 1_000_000_000m;

    // The fund buys 10% of DeepSeek for $1B (revised on 1 July to $2B); R1's training cost is first ~$5.5M, revised to
    // $1.6B on 10 June and to $2B on 1 September; DeepSeek is marked down 20%; the fund's $500M donation of 1 March is
    // disclosed on 1 May.
    private const string Story = """
        scenario: revision-test
        title: Costs disclosed later
        sources:
          wire: { title: Wire }
          report: { title: Report }
        actors:
          - { id: deepseek, kind: company, name: DeepSeek }
          - { id: fund, kind: investor, name: Fund }
        events:
          - { at: 2025-01-15, id: stake, type: investment-made, company: deepseek, investor: fund, amount: 1B, stake: 10%, source: wire#1 }
          - { at: 2025-01-20, id: r1-release, type: model-released, company: deepseek, model: R1, training-cost: ~5.5M, source: wire#2 }
          - { at: 2025-02-01, type: valuation-marked, company: deepseek, change: -20%, source: wire#3 }
          - { at: 2025-03-01, known: 2025-05-01, type: donation-made, from: fund, to: deepseek, amount: 500M, source: report#1 }
          - { at: 2025-06-10, id: r1-cost, type: figure-revised, event: r1-release, figures: { training-cost: 1.6B }, source: report#2 }
          - { at: 2025-07-01, type: figure-revised, event: stake, figures: { amount: 2B }, source: report#3 }
          - { at: 2025-09-01, type: figure-revised, event: r1-release, figures: { training-cost: 2B }, source: [report#4, wire#5] }
        """;

    private static RunPlan Compile(string text = Story, DateOnly? asKnownAt = null)
    {
        var loaded = ScenarioLoader.CompileAndCheck(text, "test.yaml", [], 0, asKnownAt);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Scenario!.Plan;
    }

    private static ScheduledEvent Named(RunPlan plan, string id) => plan.Events.Single(e => e.Id == id);

    [Fact]
    public void A_revision_replaces_the_figures_of_the_event_it_names_and_is_kept_with_it()
    {
        var plan = Compile();

        var release = Named(plan, "r1-release");
        Assert.Equal(Figure.Of(2 * B), ((ModelReleased)release.Body).TrainingCost);
        Assert.Equal([new DateOnly(2025, 6, 10), new DateOnly(2025, 9, 1)], release.Revisions.Select(r => r.Known));
        var first = release.Revisions[0];
        Assert.Equal("r1-cost", first.Id);
        Assert.Equal(["report#2"], first.Sources.ToArray());
        var figure = Assert.Single(first.Figures);
        Assert.Equal(("training-cost", MetricUnit.Usd, Figure.Of(5.5m * M, FigureBound.Approximate), Figure.Of(1.6m * B)), (figure.Field, figure.Unit, figure.Before, figure.After));
        Assert.Equal(Figure.Of(5.5m * M, FigureBound.Approximate), ((ModelReleased)first.Replaced).TrainingCost);
        Assert.Equal(["report#4", "wire#5"], release.Revisions[1].Sources.ToArray());

        // The revision itself stays on its own date, as a record for the subject of the event it revises.
        var record = (FigureRevised)Named(plan, "r1-cost").Body;
        Assert.Equal((new ActorId("deepseek"), "r1-release", new DateOnly(2025, 1, 20)), (record.Subject, record.Event, record.Effective));
        Assert.Equal(new DateOnly(2025, 5, 1), plan.Events.Single(e => e.Body is DonationMade).Known);
        Assert.Null(plan.KnownAt);
    }

    [Fact]
    public void The_replay_tells_the_story_as_later_revised_and_a_view_as_known_at_a_date()
    {
        var deepseek = new ActorId("deepseek");
        var fund = new ActorId("fund");
        // A metric at the end of a date: its last value in the series on or before it.
        decimal At(RunPlan plan, ActorId actor, string metric, DateOnly date) =>
            ReferenceReplayer.Replay(plan).Series.Where(p => p.Actor == actor && p.Metric == metric && p.At <= date).Select(p => p.Value).LastOrDefault();
        var january = new DateOnly(2025, 1, 31);
        var end = new DateOnly(2025, 12, 31);

        // As later revised: $2B for 10% values DeepSeek at $20B from 15 January; -20% makes it $16B, the fund's stake
        // $1.6B (a $0.4B loss); with the $0.5B donation the fund's net worth ends at -$0.9B (cash -$2.5B + stake $1.6B).
        // R1 cost $2B from 20 January.
        var revised = Compile();
        Assert.Equal(20 * B, At(revised, deepseek, Metric.Valuation, january));
        Assert.Equal(2 * B, At(revised, deepseek, Metric.TrainingCost, january));
        Assert.Equal(16 * B, At(revised, deepseek, Metric.Valuation, end));
        Assert.Equal(-0.9m * B, At(revised, fund, Metric.NetWorth, end));

        // As known at 1 April: $1B for 10% ($10B, then $8B after the mark), R1 at ~$5.5M, no donation yet:
        // the fund's net worth is -$0.2B (cash -$1B + stake $0.8B). The run ends on the last date known, 1 February.
        var april = Compile(asKnownAt: new DateOnly(2025, 4, 1));
        Assert.Equal(10 * B, At(april, deepseek, Metric.Valuation, january));
        Assert.Equal(5.5m * M, At(april, deepseek, Metric.TrainingCost, january));
        Assert.Equal(8 * B, At(april, deepseek, Metric.Valuation, end));
        Assert.Equal(-0.2m * B, At(april, fund, Metric.NetWorth, end));
        Assert.Equal(new DateOnly(2025, 2, 1), april.Events.Max(e => e.At));

        // As known at 30 June: the donation (known 1 May) and the first cost revision are known, the stake's is not:
        // R1 at $1.6B from 20 January, DeepSeek still $8B, the fund at -$0.2B - $0.5B = -$0.7B.
        var june = Compile(asKnownAt: new DateOnly(2025, 6, 30));
        Assert.Equal(1.6m * B, At(june, deepseek, Metric.TrainingCost, january));
        Assert.Equal(8 * B, At(june, deepseek, Metric.Valuation, end));
        Assert.Equal(-0.7m * B, At(june, fund, Metric.NetWorth, end));

        // Positions are kept: the same event has the same position in every view.
        Assert.Equal(Named(revised, "r1-release").Seq, Named(june, "r1-release").Seq);
        Assert.DoesNotContain(april.Events, e => e.Body is DonationMade or FigureRevised);
    }

    [Fact]
    public void A_revision_may_give_a_figure_the_event_left_out()
    {
        var plan = Compile(Story.Replace(", training-cost: ~5.5M", string.Empty, StringComparison.Ordinal));

        var first = Named(plan, "r1-release").Revisions[0].Figures.Single();
        Assert.Equal((null, Figure.Of(1.6m * B)), (first.Before, first.After));
        Assert.Equal("not given", first.Render(first.Before));
        Assert.Null(((ModelReleased)Compile(Story.Replace(", training-cost: ~5.5M", string.Empty, StringComparison.Ordinal), new DateOnly(2025, 2, 1)).Events.Single(e => e.Id == "r1-release").Body).TrainingCost);
    }

    [Fact]
    public void Tranches_are_known_no_earlier_than_their_round()
    {
        const string Round = """
            scenario: round-known
            title: A round disclosed late
            sources:
              memo: { title: Memo }
            actors:
              - { id: acme, kind: company, name: Acme }
              - { id: fund, kind: investor, name: Fund }
            events:
              - { at: 2025-01-01, known: 2025-03-01, id: seed, type: round-closed, company: acme, post-money: 100M, investors: { fund: 10M }, tranches: [ { investor: fund, amount: 5M, at: 2025-02-01 }, { investor: fund, amount: 5M, at: 2025-04-01 } ], source: memo#1 }
            """;

        var plan = Compile(Round);

        Assert.Equal([new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1), null], plan.Events.Select(e => e.Known));
        Assert.Empty(Compile(Round, new DateOnly(2025, 2, 15)).Events);
    }

    [Fact]
    public void A_view_the_rules_refuse_is_reported_at_the_event_with_the_view()
    {
        // The bank's loan is disclosed on 1 March; the sale of 1 February was known at once. As later revised the sale
        // is fine; as known at 15 February nobody holds Acme's debt yet.
        const string Text = """
            scenario: sale-before-loan
            title: A sale known before the loan
            sources:
              memo: { title: Memo }
            actors:
              - { id: acme, kind: company, name: Acme }
              - { id: bank, kind: investor, name: Bank }
            events:
              - { at: 2025-01-01, known: 2025-03-01, type: loan-made, borrower: acme, lender: bank, amount: 1B, source: memo#1 }
              - { at: 2025-02-01, type: debt-sold, borrower: acme, face: 100M, price: 90%, source: memo#2 }
            """;

        Assert.Empty(ScenarioLoader.CompileAndCheck(Text, "sale.yaml").Diagnostics);
        var view = ScenarioLoader.CompileAndCheck(Text, "sale.yaml", [], 0, new DateOnly(2025, 2, 15));

        Assert.Equal(["sale.yaml:10:5: debt-sold event, as known at 2025-02-15: The sellers hold $0 of Acme debt and cannot sell $100M"], view.Diagnostics.Select(d => d.ToString()));
    }
}
