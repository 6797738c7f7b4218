using System.Collections.Immutable;
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

public sealed class CapacityRulesTests
{
    private readonly Replay _replay = new(Diamond(Project("colossus", op: "xai"), Company("xai")), Invariants.AfterMessage);

    [Fact]
    public void A_plan_adds_to_the_site_s_planned_gpus()
    {
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(100_000m), "mid-2026"));
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Between(10_000m, 30_000m), null));

        // 100k and 10k–30k: 120k planned, the range's ends kept (110k–130k).
        Assert.Equal([new CapacityLine("GB200", 120_000m, 0m, 0m) { PlannedStated = Figure.Between(110_000m, 130_000m) }], _replay.Snapshot("abilene").Capacity.ToArray());
    }

    [Fact]
    public void Deployments_take_from_under_construction_first_then_from_the_plan_and_beyond_it_enlarge_the_plan()
    {
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(100_000m), null));

        // 30k start building: planned 100k (70k not started), building 30k.
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(30_000m), GpuStatus.UnderConstruction));
        AssertLine(planned: 100_000m, building: 30_000m, online: 0m);

        // 10k online come from the 30k being built.
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(10_000m), GpuStatus.Online));
        AssertLine(planned: 100_000m, building: 20_000m, online: 10_000m);

        // 40k online: 20k from building, 20k from the 70k not started.
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(40_000m), GpuStatus.Online));
        AssertLine(planned: 100_000m, building: 0m, online: 50_000m);

        // 60k online: the 50k not started, and 10k beyond the plan, which grows to 110k.
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(60_000m), GpuStatus.Online));
        AssertLine(planned: 110_000m, building: 0m, online: 110_000m);

        // 5k more start building with nothing left in the plan: the plan grows to 115k.
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(5_000m), GpuStatus.UnderConstruction));
        AssertLine(planned: 115_000m, building: 5_000m, online: 110_000m);
    }

    [Fact]
    public void Gpus_online_without_a_plan_make_their_own_plan()
    {
        _replay.Tick(new GpusDeployed(Id("colossus"), "H100", Figure.Of(100_000m, FigureBound.AtLeast), GpuStatus.Online));

        // At least 100k online, so at least 100k in the plan too.
        var atLeast = Figure.Of(100_000m, FigureBound.AtLeast);
        Assert.Equal([new CapacityLine("H100", 100_000m, 0m, 100_000m) { PlannedStated = atLeast, OnlineStated = atLeast }], _replay.Snapshot("colossus").Capacity.ToArray());
    }

    [Fact]
    public void Capacity_rolls_up_to_parent_operator_and_owner_once_each_even_through_a_diamond()
    {
        var tick = _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(64_000m), null));

        Assert.Equal(2, tick.Supersteps);
        foreach (var target in new[] { "stargate", "oracle", "softbank" })
        {
            var snapshot = _replay.Snapshot(target);
            Assert.Equal([new CapacityLine("GB200", 64_000m, 0m, 0m)], snapshot.RolledUp.ToArray());
            Assert.Empty(snapshot.Capacity);
            Assert.Equal(64_000m, snapshot.Metric(Metric.GpusPlanned));
        }

        Assert.Empty(_replay.Snapshot("abilene").RolledUp);
        Assert.True(_replay.Book("xai").IsEmpty);
        Assert.Equal([Id("oracle"), Id("softbank"), Id("stargate")], _replay.World.RollupTargets(Id("abilene")).ToArray());
    }

    [Fact]
    public void Rolled_up_lines_follow_every_step_of_a_deployment()
    {
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(100_000m), null));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(30_000m), GpuStatus.UnderConstruction));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(120_000m), GpuStatus.Online));

        // 120k online: 30k from building, 70k from the plan, 20k beyond it.
        var line = new CapacityLine("GB200", 120_000m, 0m, 120_000m);
        Assert.Equal([line], _replay.Snapshot("abilene").Capacity.ToArray());
        Assert.Equal([line], _replay.Snapshot("softbank").RolledUp.ToArray());
        Assert.Equal([line], _replay.Snapshot("stargate").RolledUp.ToArray());
    }

    [Fact]
    public void Capacity_metrics_come_from_the_catalog()
    {
        // GB200: 2.5 H100e, 2.5 PFLOPS, 1,200 W. H100: 1 H100e, 1 PFLOPS, 700 W.
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(100_000m), null));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(50_000m), GpuStatus.Online));
        _replay.Tick(new GpusDeployed(Id("abilene"), "H100", Figure.Of(10_000m), GpuStatus.UnderConstruction));

        var m = _replay.Book("abilene").Metrics();
        Assert.Equal(110_000m, m[Metric.GpusPlanned]);
        Assert.Equal(10_000m, m[Metric.GpusBuilding]);
        Assert.Equal(50_000m, m[Metric.GpusOnline]);
        Assert.Equal(260_000m, m[Metric.H100ePlanned]); // 100k × 2.5 + 10k × 1
        Assert.Equal(125_000m, m[Metric.H100eOnline]); // 50k × 2.5
        Assert.Equal(260_000m, m[Metric.PflopsPlanned]);
        Assert.Equal(125_000m, m[Metric.PflopsOnline]);
        Assert.Equal(127m, m[Metric.MwPlanned]); // (100k × 1,200 W + 10k × 700 W) / 1e6
        Assert.Equal(60m, m[Metric.MwOnline]); // 50k × 1,200 W / 1e6

        // An owner sees the same through its rolled-up lines.
        var owner = _replay.Book("softbank").Metrics();
        Assert.Equal(127m, owner[Metric.MwPlanned]);
        Assert.Equal(125_000m, owner[Metric.H100eOnline]);
    }

    [Fact]
    public void An_actor_s_metrics_add_its_own_capacity_to_what_rolls_up_to_it()
    {
        _replay.Tick(new GpusPlanned(Id("stargate"), "H100", Figure.Of(1_000m), null));
        _replay.Tick(new GpusPlanned(Id("abilene"), "H100", Figure.Of(2_000m), null));

        Assert.Equal(3_000m, _replay.Metric("stargate", Metric.GpusPlanned));
        Assert.Equal(3_000m, _replay.Metric("softbank", Metric.GpusPlanned)); // stargate's 1k and abilene's 2k, once each
        Assert.Equal(2_000m, _replay.Metric("oracle", Metric.GpusPlanned));
    }

    [Fact]
    public void Capacity_moves_no_money()
    {
        var tick = _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(1_000m), GpuStatus.Online));

        Assert.Empty(tick.Ledger);
        Assert.Empty(_replay.Snapshot("softbank").Balances);
    }

    [Fact]
    public void A_data_centre_plan_sets_the_count_and_keeps_the_regions()
    {
        _replay.Tick(new DatacentersPlanned(Id("stargate"), Figure.Of(20m), "United States", [new RegionCount("Texas", 10m), new RegionCount("Ohio", 2m)]));

        var snapshot = _replay.Snapshot("stargate");
        Assert.Equal(20m, snapshot.Metric(Metric.DatacentersPlanned));
        Assert.Equal([new RegionCount("Texas", 10m), new RegionCount("Ohio", 2m)], snapshot.DatacenterRegions.ToArray());
        Assert.Equal("datacenters", Assert.Single(snapshot.Records).Kind);

        // A new plan replaces the count rather than adding to it.
        _replay.Tick(new DatacentersPlanned(Id("stargate"), Figure.Of(10m), null, ImmutableArray<RegionCount>.Empty));
        Assert.Equal(10m, _replay.Metric("stargate", Metric.DatacentersPlanned));
    }

    [Fact]
    public void A_milestone_is_recorded()
    {
        _replay.Tick(new MilestoneSet(Id("abilene"), "first building online", new DateOnly(2026, 6, 30), "mid-2026"));

        var record = Assert.Single(_replay.Snapshot("abilene").Records);
        Assert.Equal("milestone", record.Kind);
        Assert.Equal("Abilene expects first building online by mid-2026", record.Text);
        Assert.Equal(0, record.EventSeq);
        Assert.Equal(new DateOnly(2025, 1, 1), record.At);
    }

    [Fact]
    public void A_plan_keeps_its_qualifier_through_sums_at_the_site_and_where_it_rolls_up()
    {
        // Colossus: 200,000 online with no plan (the plan becomes 200,000), then 800,000+ more planned: 1,000,000+.
        _replay.Tick(new GpusDeployed(Id("colossus"), "H100", Figure.Of(200_000m), GpuStatus.Online));
        var tick = _replay.Tick(new GpusPlanned(Id("colossus"), "H100", Figure.Of(800_000m, FigureBound.AtLeast), null));

        var line = new CapacityLine("H100", 1_000_000m, 0m, 200_000m) { PlannedStated = Figure.Of(1_000_000m, FigureBound.AtLeast) };
        Assert.Equal([line], _replay.Snapshot("colossus").Capacity.ToArray());
        Assert.Equal([line], _replay.Snapshot("xai").RolledUp.ToArray());

        // The metrics keep the point (1,000,000); the deltas and series keep how it was stated, and the H100e (1 per GPU) too.
        Assert.Equal(1_000_000m, _replay.Metric("xai", Metric.GpusPlanned));
        var delta = Assert.Single(tick.Timeline[0].Deltas, d => d.Actor == Id("xai") && d.Metric == Metric.GpusPlanned);
        Assert.Equal((800_000m, 1_000_000m, Figure.Of(1_000_000m, FigureBound.AtLeast)), (delta.Change, delta.After, delta.Stated));
        Assert.Equal(Figure.Of(1_000_000m, FigureBound.AtLeast), Assert.Single(tick.Series, p => p.Actor == Id("colossus") && p.Metric == Metric.H100ePlanned).Stated);

        // Online stayed exact: its delta (none this tick) and its series point carry no qualifier.
        Assert.DoesNotContain(tick.Series, p => p.Metric == Metric.GpusOnline);
    }

    [Fact]
    public void Approximate_figures_stay_approximate_and_a_part_moved_on_leaves_the_rest_stated_as_it_was()
    {
        // ~10k start building at Abilene, then 4k of them come online (exact): ~6k are still being built, 4k online.
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(10_000m, FigureBound.Approximate), GpuStatus.UnderConstruction));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(4_000m), GpuStatus.Online));

        var about10k = Figure.Of(10_000m, FigureBound.Approximate);
        var expected = new CapacityLine("GB200", 10_000m, 6_000m, 4_000m) { PlannedStated = about10k, BuildingStated = Figure.Of(6_000m, FigureBound.Approximate) };
        Assert.Equal([expected], _replay.Snapshot("abilene").Capacity.ToArray());
        Assert.Equal([expected], _replay.Snapshot("softbank").RolledUp.ToArray());

        // Stargate's own ~1k and Abilene's ~10k both roll up to SoftBank: ~11k.
        _replay.Tick(new GpusPlanned(Id("stargate"), "GB200", Figure.Of(1_000m, FigureBound.Approximate), null));
        var gpus = _replay.Book("softbank").Stated();
        Assert.Equal(Figure.Of(11_000m, FigureBound.Approximate), gpus[Metric.GpusPlanned]);
        Assert.False(gpus.ContainsKey(Metric.GpusOnline)); // 4k online is exact
    }

    [Fact]
    public void Gpus_of_no_stated_model_count_as_gpus_and_add_nothing_to_h100e_pflops_or_mw()
    {
        // 200k online of no stated model and 100k GB200 planned (2.5 H100e, 2.5 PFLOPS, 1,200 W each).
        _replay.Tick(new GpusDeployed(Id("colossus"), GpuModel.Unstated, Figure.Of(200_000m), GpuStatus.Online));
        _replay.Tick(new GpusPlanned(Id("colossus"), "GB200", Figure.Of(100_000m), null));

        var m = _replay.Book("xai").Metrics();
        Assert.Equal(300_000m, m[Metric.GpusPlanned]); // 200k + 100k
        Assert.Equal(200_000m, m[Metric.GpusOnline]);
        Assert.Equal(250_000m, m[Metric.H100ePlanned]); // 100k × 2.5: the 200k add nothing
        Assert.False(m.ContainsKey(Metric.H100eOnline));
        Assert.False(m.ContainsKey(Metric.PflopsOnline));
        Assert.False(m.ContainsKey(Metric.MwOnline));
        Assert.Equal(120m, m[Metric.MwPlanned]); // 100k × 1,200 W / 1e6
        Assert.Equal("Colossus: 200,000 GPUs online", _replay.Complete().Timeline[0].Description);
    }

    [Fact]
    public void A_restated_plan_becomes_the_new_total_and_rolls_the_difference_up()
    {
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(200_000m), null));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(50_000m), GpuStatus.Online));

        // Down from 200k to 150k (above the 50k online), then up to 300k+.
        var down = _replay.Tick(new CapacityRestated(Id("abilene"), "GB200", Figure.Of(150_000m), null));
        Assert.Equal([new CapacityLine("GB200", 150_000m, 0m, 50_000m)], _replay.Snapshot("softbank").RolledUp.ToArray());
        Assert.Contains(new ActorDelta(Id("stargate"), Metric.GpusPlanned, -50_000m, 150_000m), down.Timeline[0].Deltas);

        _replay.Tick(new CapacityRestated(Id("abilene"), "GB200", Figure.Of(300_000m, FigureBound.AtLeast), null));
        var line = new CapacityLine("GB200", 300_000m, 0m, 50_000m) { PlannedStated = Figure.Of(300_000m, FigureBound.AtLeast) };
        Assert.Equal([line], _replay.Snapshot("abilene").Capacity.ToArray());
        Assert.Equal([line], _replay.Snapshot("oracle").RolledUp.ToArray());
        Assert.Equal("restated", _replay.Snapshot("abilene").Records[^1].Kind);
    }

    [Fact]
    public void A_plan_cannot_be_restated_below_what_has_started()
    {
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(100_000m), null));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(60_000m), GpuStatus.Online));
        _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(20_000m), GpuStatus.UnderConstruction));

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new CapacityRestated(Id("abilene"), "GB200", Figure.Of(70_000m), null)));

        Assert.Equal("Abilene's plan of GB200 cannot be restated to 70,000: 60,000 online and 20,000 under construction already", error.Message);
    }

    private void AssertLine(decimal planned, decimal building, decimal online) =>
        Assert.Equal([new CapacityLine("GB200", planned, building, online)], _replay.Snapshot("abilene").Capacity.ToArray());
}
