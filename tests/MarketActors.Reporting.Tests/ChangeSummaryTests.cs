using MarketActors.Domain.Actors;

namespace MarketActors.Reporting.Tests;

public sealed class ChangeSummaryTests
{
    [Fact]
    public void Each_line_names_the_actor_by_id_and_by_name()
    {
        var seed = Stories.Seed;
        var acquisition = seed.Output.Timeline[1];

        var lines = ChangeSummary.ByActor(acquisition, seed.Plan.World);

        var musk = Assert.Single(lines, l => l.Id == new ActorId("musk"));
        Assert.Equal("Elon Musk", musk.Actor);
        Assert.Equal("cash -$34.76B, stakes +$34.76B", musk.Changes);
        Assert.Equal(ChangeSummary.Lines(acquisition, seed.Plan.World), lines.Select(l => (l.Actor, l.Changes)));
    }
}
