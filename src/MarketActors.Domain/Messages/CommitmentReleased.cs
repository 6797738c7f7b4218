using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>Money a commitment released to its recipient as capacity came online, for the backer's memo book.</summary>
/// <param name="Recipient">Who received it.</param>
/// <param name="Commitment">The commitment's id.</param>
/// <param name="Amount">How much was released.</param>
[GenerateSerializer, Immutable, Alias("ma.msg.commitment-released")]
public sealed record CommitmentReleased([property: Id(0)] ActorId Recipient, [property: Id(1)] string Commitment, [property: Id(2)] decimal Amount) : Payload;
