using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Engine;

public sealed class CascadeTests
{
    private readonly Replay _replay = new(Diamond(Investor("fund")));

    [Fact]
    public void A_deployment_counts_its_gpus_once_however_many_owners_they_roll_up_to()
    {
        var record = _replay.Tick(new GpusDeployed(Id("abilene"), "GB200", Figure.Of(10_000m), GpuStatus.Online));

        var cascade = Assert.Single(Cascades());

        // Every owner above the site now shows the 10k GPUs online; the cascade counts them where they stand.
        Assert.All(["abilene", "stargate", "oracle", "softbank"], id => Assert.Equal(10_000m, _replay.Metric(id, Metric.GpusOnline)));
        Assert.Equal(10_000m, cascade.GpusOnline);
        Assert.Equal(1 + _replay.World.RollupTargets(Id("abilene")).Length, cascade.Messages);
        Assert.Equal(4, cascade.Actors);
        Assert.Equal(record.Supersteps, cascade.Supersteps);
        Assert.Equal(0m, cascade.CapitalMoved);
    }

    [Fact]
    public void Payments_between_actors_are_counted_once_and_marks_not_at_all()
    {
        _replay.Tick(
            new InvestmentMade(Id("oracle"), Id("fund"), Figure.Of(10_000_000m), 0.1m),
            new DonationMade(Id("fund"), Id("oracle"), Figure.Of(5_500_000m)),
            new ValuationMarked(Id("oracle"), null, -0.5m, "analyst"));

        var cascades = Cascades();

        Assert.Equal([0, 1, 2], cascades.Select(c => c.Event.Seq));
        Assert.Equal([10_000_000m, 5_500_000m, 0m], cascades.Select(c => c.CapitalMoved));
        Assert.All(cascades, c => Assert.Equal(0m, c.GpusOnline));

        // The mark reprices the fund's stake: it reaches the holder a superstep after the issuer.
        Assert.Equal(2, cascades[2].Supersteps);
        Assert.Equal(["fund", "oracle"], _replay.Applied.Where(m => m.EventSeq == 2).Select(m => m.Actor.Value).Order());
        Assert.Equal(2, cascades[2].Actors);
    }

    [Fact]
    public void An_event_with_nothing_applied_has_an_empty_cascade()
    {
        var at = new DateOnly(2025, 1, 1);
        var tick = new Tick(0, at, [new ScheduledEvent(7, at, "2025-01-01", null, "jobs-pledged", ["memo#1"], null, new JobsPledged(Id("stargate"), Figure.Of(1m)))]);

        var cascade = Assert.Single(Cascade.Of(tick, []));

        Assert.Equal((7, 0, 0, 0, 0m, 0m), (cascade.Event.Seq, cascade.Supersteps, cascade.Messages, cascade.Actors, cascade.CapitalMoved, cascade.GpusOnline));
    }

    private IReadOnlyList<Cascade> Cascades()
    {
        var last = _replay.Events[^1].At;
        var tick = new Tick(0, last, [.. _replay.Events.Where(e => e.At == last)]);
        return Cascade.Of(tick, _replay.Applied.Where(m => tick.Events.Any(e => e.Seq == m.EventSeq)));
    }
}
