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

    [Fact]
    public void Power_reads_in_megawatts_or_gigawatts()
    {
        var story = Stories.FromYaml("""
            scenario: power-lines
            title: Power
            sources: { memo: Memo }
            actors:
              - { id: openai, kind: company, name: OpenAI }
              - { id: abilene, kind: project, name: Abilene, operator: openai }
            events:
              - { at: 2025-01-21, type: power-planned, site: abilene, power: 1.2 GW, source: memo }
              - { at: 2025-06-01, type: power-deployed, site: abilene, power: 200 MW, source: memo }
            """);

        Assert.Equal([("Abilene", "power planned +1.2 GW"), ("OpenAI", "power planned +1.2 GW")], ChangeSummary.Lines(story.Output.Timeline[0], story.Plan.World));
        Assert.Equal(("OpenAI", "power online +200 MW"), ChangeSummary.Lines(story.Output.Timeline[1], story.Plan.World)[1]);
    }
}
