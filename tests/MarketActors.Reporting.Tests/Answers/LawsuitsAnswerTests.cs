using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class LawsuitsAnswerTests
{
    // Musk and xAI sue OpenAI and Microsoft. The first ruling finds for them: OpenAI pays Musk $100M, Microsoft pays xAI
    // $40M. On appeal the court finds for the defendants, and Musk pays OpenAI its $100M back. A second suit is never
    // ruled on.
    private const string Story = """
        scenario: lawsuits-test
        title: A suit, a ruling and an appeal
        sources:
          court: { title: Court records }
        actors:
          - { id: musk, kind: investor, name: Elon Musk }
          - { id: xai, kind: company, name: xAI }
          - { id: openai, kind: company, name: OpenAI }
          - { id: microsoft, kind: company, name: Microsoft }
        events:
          - { at: 2024-08-05, id: musk-v-openai, type: lawsuit-filed, plaintiff: [musk, xai], defendant: [openai, microsoft], claim: breach of the founding agreement, source: court#1 }
          - { at: 2024-09-01, id: openai-v-musk, type: lawsuit-filed, plaintiff: openai, defendant: musk, claim: harassment, source: court#2 }
          - { at: 2025-01-10, id: first-ruling, type: ruling-made, lawsuit: musk-v-openai, outcome: for-plaintiffs, damages: [ { from: openai, to: musk, amount: 100M }, { from: microsoft, to: xai, amount: 40M } ], source: court#3 }
          - { at: 2025-06-01, type: ruling-made, lawsuit: musk-v-openai, outcome: for-defendants, appeal-of: first-ruling, damages: [ { from: musk, to: openai, amount: 100M } ], source: court#4 }
        """;

    [Fact]
    public void Each_suit_lists_its_parties_its_rulings_and_the_money_each_moved()
    {
        var story = Stories.FromYaml(Story);
        var suits = LawsuitsAnswer.Build(story.View).Titled("Lawsuits");

        Assert.Equal(5, suits.Rows.Length);
        var filed = suits.Cells(suits.Rows[0]);
        Assert.Equal(("2024-08-05", "musk-v-openai", "Elon Musk, xAI", "OpenAI, Microsoft", "filed: breach of the founding agreement", "—"),
            (filed["Date"], filed["Suit"], filed["Plaintiffs"], filed["Defendants"], filed["What happened"], filed["Money paid"]));
        var ruling = suits.Cells(suits.Rows[1]);
        Assert.Equal(("2025-01-10", "for the plaintiffs", "OpenAI → Elon Musk $100M; Microsoft → xAI $40M", "court#3"), (ruling["Date"], ruling["What happened"], ruling["Money paid"], ruling["Source"]));
        var appeal = suits.Cells(suits.Rows[2]);
        Assert.Equal(("on appeal of the ruling of 2025-01-10: for the defendants", "Elon Musk → OpenAI $100M"), (appeal["What happened"], appeal["Money paid"]));

        // $100M + $40M paid, $100M of it paid back: $40M net.
        Assert.Contains("musk-v-openai: $40M paid by the defendants to the plaintiffs in all, refunds on appeal deducted.", suits.Notes);
        var open = suits.Cells(suits.Rows[4]);
        Assert.Equal(("openai-v-musk", "no ruling by the end"), (open["Suit"], open["What happened"]));

        // The books: OpenAI paid $100M and got it back; Microsoft is $40M down and xAI $40M up.
        var end = story.View;
        Assert.Equal((0m, 0m, -40_000_000m, 40_000_000m), (end.End(new ActorId("openai")).Metric(Metric.Cash), end.End(new ActorId("musk")).Metric(Metric.Cash), end.End(new ActorId("microsoft")).Metric(Metric.Cash), end.End(new ActorId("xai")).Metric(Metric.Cash)));
    }
}
