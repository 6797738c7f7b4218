namespace MarketActors.Domain.Events;

/// <summary>What a ruling decided in a lawsuit.</summary>
[GenerateSerializer]
public enum RulingOutcome
{
    /// <summary>The suit was thrown out.</summary>
    Dismissed = 0,

    /// <summary>The court found for the plaintiffs.</summary>
    ForPlaintiffs = 1,

    /// <summary>The court found for the defendants.</summary>
    ForDefendants = 2,

    /// <summary>The parties settled.</summary>
    Settled = 3,
}
