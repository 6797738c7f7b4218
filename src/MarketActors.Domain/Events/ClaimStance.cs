namespace MarketActors.Domain.Events;

/// <summary>Whether a claim asserts something or denies it.</summary>
[GenerateSerializer]
public enum ClaimStance
{
    /// <summary>The claim asserts a fact or a figure.</summary>
    Asserts = 0,

    /// <summary>The claim denies a fact or a report.</summary>
    Denies = 1,
}
