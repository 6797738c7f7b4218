using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Rules;

public sealed class PowerRulesTests
{
    // Abilene rolls up to Stargate (parent) and Oracle (operator), both owned by SoftBank.
    private readonly Replay _replay = new(Diamond(), Invariants.AfterMessage);

    [Fact]
    public void Abilene_plans_1_2_gw_of_its_own_and_every_actor_above_it_sees_1_200_mw()
    {
        var tick = _replay.Tick(new PowerPlanned(Id("abilene"), Figure.Of(1_200m), "mid-2026"));

        Assert.Equal(new PowerLine(1_200m, 0m, 0m), _replay.Snapshot("abilene").Power);
        foreach (var target in new[] { "abilene", "stargate", "oracle", "softbank" })
        {
            Assert.Equal(1_200m, _replay.Metric(target, Metric.PowerPlanned));
        }

        Assert.Equal(new PowerLine(1_200m, 0m, 0m), _replay.Snapshot("softbank").RolledUpPower);
        Assert.Null(_replay.Snapshot("softbank").Power);
        Assert.Equal("Abilene plans 1.2 GW of power by mid-2026", _replay.Complete().Timeline[0].Description);
        Assert.Empty(tick.Ledger);
    }

    [Fact]
    public void A_site_s_power_is_kept_apart_from_its_gpus_watts()
    {
        // 100k GB200 at 1,200 W: 120 MW of GPU power (mw.planned); the site's own plan is 1.2 GW (power.planned).
        _replay.Tick(new GpusPlanned(Id("abilene"), "GB200", Figure.Of(100_000m), null), new PowerPlanned(Id("abilene"), Figure.Of(1_200m), null));

        var m = _replay.Book("abilene").Metrics();
        Assert.Equal(120m, m[Metric.MwPlanned]);
        Assert.Equal(1_200m, m[Metric.PowerPlanned]);
        Assert.False(m.ContainsKey(Metric.PowerOnline));
    }

    [Fact]
    public void Power_comes_online_from_construction_then_from_the_plan_and_beyond_it_enlarges_the_plan()
    {
        _replay.Tick(new PowerPlanned(Id("abilene"), Figure.Of(1_200m, FigureBound.Approximate), null));

        // 300 MW under construction, taken from the ~1.2 GW plan.
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(300m), GpuStatus.UnderConstruction));
        Assert.Equal(new PowerLine(1_200m, 300m, 0m) { PlannedStated = Figure.Of(1_200m, FigureBound.Approximate) }, _replay.Snapshot("abilene").Power);

        // 1.5 GW online: 300 MW from construction, 900 MW from the plan, 300 MW beyond it (the plan becomes ~1.5 GW).
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(1_500m), GpuStatus.Online));
        var line = new PowerLine(1_500m, 0m, 1_500m) { PlannedStated = Figure.Of(1_500m, FigureBound.Approximate) };
        Assert.Equal(line, _replay.Snapshot("abilene").Power);
        Assert.Equal(line, _replay.Snapshot("stargate").RolledUpPower);
        Assert.Equal(1_500m, _replay.Metric("softbank", Metric.PowerOnline));
        Assert.Equal(Figure.Of(1_500m, FigureBound.Approximate), _replay.Book("softbank").Stated()[Metric.PowerPlanned]);
    }

    [Fact]
    public void Two_sites_power_adds_up_where_it_rolls_up_each_with_its_qualifier()
    {
        // Stargate's own 500 MW+ and Abilene's 1.2 GW: SoftBank, above both, has 1.7 GW+ planned.
        _replay.Tick(new PowerPlanned(Id("stargate"), Figure.Of(500m, FigureBound.AtLeast), null), new PowerPlanned(Id("abilene"), Figure.Of(1_200m), null));

        Assert.Equal(1_700m, _replay.Metric("softbank", Metric.PowerPlanned));
        Assert.Equal(Figure.Of(1_700m, FigureBound.AtLeast), _replay.Book("softbank").Stated()[Metric.PowerPlanned]);

        // Stargate holds its own 500 MW+ and Abilene's 1.2 GW rolled up: 1.7 GW+ too; Oracle only Abilene's, exact.
        Assert.Equal(1_700m, _replay.Metric("stargate", Metric.PowerPlanned));
        Assert.Equal(1_200m, _replay.Metric("oracle", Metric.PowerPlanned));
        Assert.False(_replay.Book("oracle").Stated().ContainsKey(Metric.PowerPlanned));
    }

    [Fact]
    public void A_power_plan_restated_down_stops_at_what_is_online()
    {
        _replay.Tick(new PowerPlanned(Id("abilene"), Figure.Of(1_200m), null));
        _replay.Tick(new PowerDeployed(Id("abilene"), Figure.Of(400m), GpuStatus.Online));

        // 1.2 GW restated to 1 GW: allowed (400 MW online), and rolled up as -200 MW.
        var tick = _replay.Tick(new CapacityRestated(Id("abilene"), null, null, Figure.Of(1_000m)));
        Assert.Equal(new PowerLine(1_000m, 0m, 400m), _replay.Snapshot("abilene").Power);
        Assert.Contains(new Domain.Output.ActorDelta(Id("oracle"), Metric.PowerPlanned, -200m, 1_000m), tick.Timeline[0].Deltas);

        var error = Assert.Throws<RuleViolationException>(() => _replay.Tick(new CapacityRestated(Id("abilene"), null, null, Figure.Of(300m))));
        Assert.Equal("Abilene's power plan cannot be restated to 300 MW: 400 MW online already", error.Message);
    }
}
