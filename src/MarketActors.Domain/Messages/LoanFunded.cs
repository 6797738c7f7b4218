using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>The lender side of a loan: pay the borrower, hold its debt at face.</summary>
[GenerateSerializer, Immutable, Alias("ma.msg.loan-funded")]
public sealed record LoanFunded([property: Id(0)] ActorId Borrower, [property: Id(1)] decimal Face) : Payload;
