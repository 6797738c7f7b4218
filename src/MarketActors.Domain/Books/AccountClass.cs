namespace MarketActors.Domain.Books;

/// <summary>The class of a balance-book account.</summary>
public enum AccountClass
{
    /// <summary>What the actor owns (debit-normal).</summary>
    Asset,

    /// <summary>What the actor owes (credit-normal).</summary>
    Liability,

    /// <summary>Where its net worth came from (credit-normal).</summary>
    Equity,
}
