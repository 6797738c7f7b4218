using System.Collections.Immutable;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
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

        Assert.Equal([new CapacityLine("GB200", 120_000m, 0m, 0m)], _replay.Snapshot("abilene").Capacity.ToArray());
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

        Assert.Equal([new CapacityLine("H100", 100_000m, 0m, 100_000m)], _replay.Snapshot("colossus").Capacity.ToArray());
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

    private void AssertLine(decimal planned, decimal building, decimal online) =>
        Assert.Equal([new CapacityLine("GB200", planned, building, online)], _replay.Snapshot("abilene").Capacity.ToArray());
}
