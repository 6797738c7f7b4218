using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Events;

/// <summary>A prediction market quoted the probability of an outcome concerning an actor.</summary>
/// <param name="Market">The market (an actor or a person).</param>
/// <param name="Subject">The actor the question is about.</param>
/// <param name="Question">The question as a reader would ask it.</param>
/// <param name="QuestionId">A short kebab-case key; the metric is <c>odds:&lt;key&gt;</c>.</param>
/// <param name="Probability">The probability quoted (0–1).</param>
[GenerateSerializer, Immutable, Alias("ma.odds-quoted")]
public sealed record OddsQuoted(
    [property: Id(0)] string Market,
    [property: Id(1)] ActorId Subject,
    [property: Id(2)] string Question,
    [property: Id(3)] string QuestionId,
    [property: Id(4)] decimal Probability) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Subject;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Subject];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOfParty(Market)}: {Metrics.Format.Percent(Probability)} that {Question}";
}
