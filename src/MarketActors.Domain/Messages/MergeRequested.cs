using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The combined company asks a company it absorbs to hand over its books; its holders get this share of the whole.</summary>
/// <param name="Into">The combined company.</param>
/// <param name="Ratio">What one share of the absorbed company becomes, as a share of the combined one: its value over the combined value.</param>
/// <param name="Combined">The combined company's value.</param>
[GenerateSerializer, Immutable, Alias("ma.msg.merge-requested")]
public sealed record MergeRequested([property: Id(0)] ActorId Into, [property: Id(1)] decimal Ratio, [property: Id(2)] decimal Combined) : Payload;
