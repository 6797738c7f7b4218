using System.Collections.Immutable;
using MarketActors.Domain.Events;

namespace MarketActors.Engine.Tests.Generation;

/// <summary>The generator must reach every event type, or the property test that compares the engines misses it.</summary>
public sealed class ScenarioGeneratorTests
{
    [Fact]
    public void A_world_with_every_kind_of_seed_keeps_an_event_of_every_type()
    {
        // Four variants of every kind, spread over a week, in a world big enough for each to find its actors.
        var seeds = Enumerable.Range(0, ScenarioGenerator.Kinds)
            .SelectMany(k => Enumerable.Range(0, 4).Select(v => new EventSeed(k, (v * 7) + k, (v * 5) + k, (v * 3) + k, 1_000 + (k * 37) + v, k % 7)))
            .Concat(
            [
                // c0 borrows, offers its debt, sells against the offer, then offers again in its place.
                new EventSeed(7, 0, 1, 1, 2_000, 0),
                new EventSeed(10, 0, 0, 1, 400, 0),
                new EventSeed(9, 0, 0, 1, 100, 1),
                new EventSeed(10, 0, 0, 1, 300, 2),

                // c1 closes a round whose second tranche depends on a condition, which is then resolved.
                new EventSeed(28, 1, 2, 4, 500, 0),
                new EventSeed(29, 0, 2, 0, 100, 1),

                // A bid for c2, then an acquisition of c2 that completes it.
                new EventSeed(30, 2, 0, 0, 100, 0),
                new EventSeed(31, 2, 0, 0, 100, 1),

                // A secondary sale of c0's shares.
                new EventSeed(32, 0, 1, 1, 100, 3),

                // A warrant on c1, then a part of it vests.
                new EventSeed(35, 1, 1, 0, 100, 3),
                new EventSeed(36, 1, 1, 0, 100, 4),

                // c0 is marked; c2 commits to it, as shares, per 100 MW online; p0, which c0 operates, brings 2.5–5 GW
                // online, which releases all of it.
                new EventSeed(11, 0, 0, 0, 100, 0),
                new EventSeed(40, 0, 1, 1, 0, 1),
                new EventSeed(38, 0, 1, 1, 24, 2),

                // i3 commits to p2, as funding, per 550 GPUs online; ~10,100 GPUs of no stated model come online at p2.
                new EventSeed(40, 2, 3, 0, 10, 3),
                new EventSeed(41, 2, 1, 1, 100, 4),

                // A claim on the first day, resolved on the next; a revision on the third. (185 seeds: not a view.)
                new EventSeed(17, 0, 0, 1, 700, 0),
                new EventSeed(44, 0, 0, 1, 100, 1),
                new EventSeed(45, 0, 0, 1, 100, 2),
            ])
            .ToImmutableArray();
        var plan = ScenarioGenerator.Build(new WorldShape(4, 4, 1, 4, seeds));

        var all = typeof(MarketEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MarketEvent)) && !t.IsAbstract).Select(t => t.Name).Order();
        Assert.Equal(all, plan.Events.Select(e => e.Body.GetType().Name).Distinct().Order());
        Assert.Contains(plan.Events, e => e.Body is DebtSold { Fills: not null });
        Assert.Contains(plan.Events, e => e.Body is DebtSold { Supersedes: not null });
        Assert.Contains(plan.Events, e => e.Body is TrancheSettled { Tranche.Condition: not null });
        Assert.Contains(plan.Events, e => e.Body is CompanyAcquired { Completes: not null });
        Assert.Contains(plan.Events, e => e.Body is CommitmentMade { As: ReleaseAs.Investment });
        Assert.Contains(plan.Events, e => e.Body is CommitmentMade { As: ReleaseAs.Funding });
        Assert.Contains(plan.Events, e => e.Body is GpusDeployed { Gpu: Domain.Actors.GpuModel.Unstated });

        // Commitments released money in both ways: shares bought and capital paid in.
        var output = Scenarios.Replay.ReferenceReplayer.Replay(plan);
        var releases = output.Ledger.Where(r => r.Memo.StartsWith("released under ", StringComparison.Ordinal) && r.Account == "funded").ToList();
        Assert.Contains(releases, r => r.Actor.Value.StartsWith('c'));
        Assert.Contains(releases, r => r.Actor.Value.StartsWith('p'));
        Assert.Contains(plan.Events, e => e.Body is RulingMade { Damages.Length: > 0 });
        Assert.Contains(plan.Events, e => e.Body is RulingMade { AppealOf: not null });
        Assert.Contains(plan.Events, e => e.Body is LawsuitFiled { Defendants.Length: 2 });
        Assert.Contains(plan.Events, e => !e.Revisions.IsEmpty);
        Assert.Contains(plan.Events, e => e.Known is not null);
        Assert.Null(plan.KnownAt);
    }

    [Fact]
    public void A_third_of_the_worlds_are_seen_as_known_at_their_fourth_week()
    {
        // Four seeds (4 % 3 == 1): a model released in week 0 and disclosed in week 2 (C % 7 == 3), a pledge in week 0,
        // a revision of the pledge in week 4, a statement in week 5. Seen as known at week 3, the revision and the
        // statement are not known yet: the model and the pledge remain, the pledge with its first figure.
        var seeds = ImmutableArray.Create(new EventSeed(46, 0, 0, 3, 100, 0), new EventSeed(1, 0, 0, 1, 100, 0), new EventSeed(45, 0, 0, 1, 100, 4), new EventSeed(25, 0, 0, 1, 100, 5));

        var plan = ScenarioGenerator.Build(new WorldShape(2, 2, 0, 2, seeds));
        var revised = ScenarioGenerator.Build(new WorldShape(2, 2, 0, 2, seeds.Add(new EventSeed(25, 0, 0, 1, 100, 6))));

        Assert.Equal(ScenarioGenerator.KnownAt, plan.KnownAt);
        Assert.Equal(["FundingPledged", "ModelReleased"], plan.Events.Select(e => e.Body.GetType().Name).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2025, 1, 20), plan.Events.Single(e => e.Body is ModelReleased).Known);
        var pledge = (FundingPledged)plan.Events.Single(e => e.Body is FundingPledged).Body;
        var later = (FundingPledged)revised.Events.Single(e => e.Body is FundingPledged).Body;
        Assert.Equal(pledge.Amount.Scale(0.5m), later.Amount);
    }
}
