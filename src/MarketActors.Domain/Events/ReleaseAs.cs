namespace MarketActors.Domain.Events;

/// <summary>What the money a commitment releases buys.</summary>
[GenerateSerializer]
public enum ReleaseAs
{
    /// <summary>Newly issued shares of the recipient, at its valuation at the time (as investment-made without stake:).</summary>
    Investment = 0,

    /// <summary>Capital paid in, nothing issued for it (as capital-called).</summary>
    Funding = 1,
}
