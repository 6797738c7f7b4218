namespace MarketActors.Domain.Books;

/// <summary>A fact an actor's books keep that is not a number: a claim, a model, a milestone, a lawsuit.</summary>
/// <param name="EventSeq">The scenario event it comes from.</param>
/// <param name="At">When.</param>
/// <param name="Kind">What sort of record ("claim", "model", "milestone"...).</param>
/// <param name="Text">The record for a reader.</param>
[GenerateSerializer, Immutable, Alias("ma.book-record")]
public sealed record BookRecord([property: Id(0)] int EventSeq, [property: Id(1)] DateOnly At, [property: Id(2)] string Kind, [property: Id(3)] string Text);
