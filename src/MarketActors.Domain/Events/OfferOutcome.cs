namespace MarketActors.Domain.Events;

/// <summary>How an offer or a bid that did not complete by a sale ended.</summary>
[GenerateSerializer]
public enum OfferOutcome
{
    /// <summary>The offering side took it back.</summary>
    Withdrawn = 0,

    /// <summary>The other side turned it down.</summary>
    Rejected = 1,

    /// <summary>It ran out of time.</summary>
    Lapsed = 2,
}
