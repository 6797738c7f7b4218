namespace MarketActors.Domain.Events;

/// <summary>How a claim was settled.</summary>
[GenerateSerializer]
public enum ClaimOutcome
{
    /// <summary>Later facts bore it out.</summary>
    Confirmed = 0,

    /// <summary>Later facts showed it wrong.</summary>
    Contradicted = 1,

    /// <summary>Whoever made it took it back.</summary>
    Withdrawn = 2,
}
