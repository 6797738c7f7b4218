using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;

namespace MarketActors.Domain.Books;

/// <summary>A commitment made to an actor, as its releases need it: the terms, the capacity counted so far, the money released.</summary>
/// <param name="Seq">The schedule position of the commitment: capacity brought online by events after it counts.</param>
/// <param name="By">Who pays.</param>
/// <param name="UpTo">The most it releases, in cents.</param>
/// <param name="Release">What each step releases, in cents.</param>
/// <param name="Per">The capacity a step needs.</param>
/// <param name="Unit">What the capacity counts.</param>
/// <param name="As">What the money buys.</param>
/// <param name="Counted">Capacity brought online since the commitment.</param>
/// <param name="Released">Money released so far.</param>
public sealed record CommitmentState(int Seq, ActorId By, decimal UpTo, decimal Release, decimal Per, ReleaseUnit Unit, ReleaseAs As, decimal Counted, decimal Released);
