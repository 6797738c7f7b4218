using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Tests.Support;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Engine;

public sealed class DrawsTests
{
    private static readonly RunPlan Plan = new(
        Samples.World,
        [
            Scheduled(0, new DateOnly(2025, 1, 21), new FundingPledged(Id("p"), Figure.Between(10m, 20m), Id("i"), null)),
            Scheduled(1, new DateOnly(2025, 1, 22), new DebtSold(Id("c"), Figure.Of(1m), Figure.Between(0.9m, 0.95m), [], Id("i"), false, null)),
            Scheduled(2, new DateOnly(2025, 1, 22), new ClaimMade("analyst", Id("p"), null, "between 5 and 8", ClaimStance.Asserts, Figure.Between(5m, 8m), [])),
            Scheduled(3, new DateOnly(2025, 1, 23), new JobsPledged(Id("p"), Figure.Of(100m, FigureBound.AtLeast))),
        ],
        42);

    [Fact]
    public void A_draw_depends_on_its_key_only_and_lies_in_zero_to_one()
    {
        var draws = Enumerable.Range(0, 10_000).Select(b => Draws.Uniform(42, b, 1, "price")).ToList();

        Assert.Equal(draws, Enumerable.Range(0, 10_000).Select(b => Draws.Uniform(42, b, 1, "price")));
        Assert.All(draws, u => Assert.InRange(u, 0m, 0.9999999999999999m));
        Assert.Equal(10_000, draws.Distinct().Count());

        // Uniform: a tenth of the draws in each tenth, give or take (fixed keys, so this is a fixed check, not a flaky one).
        Assert.All(draws.GroupBy(u => (int)(u * 10)), g => Assert.InRange(g.Count(), 900, 1_100));
        Assert.NotEqual(Draws.Uniform(42, 0, 1, "price"), Draws.Uniform(43, 0, 1, "price"));
        Assert.NotEqual(Draws.Uniform(42, 0, 1, "price"), Draws.Uniform(42, 0, 2, "price"));
        Assert.NotEqual(Draws.Uniform(42, 0, 1, "price"), Draws.Uniform(42, 0, 1, "face"));
    }

    [Fact]
    public void The_uncertain_figures_are_the_ranges_of_events_not_of_claims()
    {
        var uncertain = Draws.Uncertain(Plan);

        Assert.Equal([(0, "amount"), (1, "price")], uncertain.Select(u => (u.Event.Seq, u.Field)));
        Assert.Equal(Figure.Between(0.9m, 0.95m), uncertain[1].Range);
    }

    [Fact]
    public void A_branch_draws_each_range_inside_it_and_leaves_every_other_figure_as_written()
    {
        var branch = Draws.Branch(Plan, 3);

        var pledge = (FundingPledged)branch.Events[0].Body;
        var sale = (DebtSold)branch.Events[1].Body;
        Assert.Equal(FigureBound.Approximate, pledge.Amount.Bound);
        Assert.Equal(10m + (10m * Draws.Uniform(42, 3, 0, "amount")), pledge.Amount.Low);
        Assert.Equal(0.9m + (0.05m * Draws.Uniform(42, 3, 1, "price")), sale.Price.Low);
        Assert.Equal(Figure.Of(1m), sale.Face);
        Assert.Same(Plan.Events[2].Body, branch.Events[2].Body);
        Assert.Equal(Plan.Events[3], branch.Events[3]);
        Assert.Equal(Draws.Branch(Plan, 3).Events.Select(e => e.Body), branch.Events.Select(e => e.Body));
        Assert.NotEqual(sale.Price, ((DebtSold)Draws.Branch(Plan, 4).Events[1].Body).Price);
    }

    [Fact]
    public void Every_event_type_maps_each_of_its_figures_and_no_other_field()
    {
        foreach (var e in Samples.Events)
        {
            var seen = new List<string>();
            var same = e.MapFigures((field, figure) =>
            {
                seen.Add(field);
                return figure;
            });
            var doubled = e.MapFigures((_, figure) => figure.Scale(2m));

            Assert.Equal(e, same);
            Assert.Equal(seen.Distinct().Count(), seen.Count);
            if (seen.Count > 0 && e is not ClaimMade)
            {
                Assert.NotEqual(e, doubled);
            }

            if (e is ClaimMade)
            {
                Assert.Empty(seen);
            }
        }
    }
}
