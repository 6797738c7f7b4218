using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Books;

/// <summary>A warrant a company granted, as its register keeps it.</summary>
/// <param name="Holder">Who holds it.</param>
/// <param name="PerShare">True when stated in shares and a price per share; false when stated as a share of the company and a value of the whole.</param>
/// <param name="Size">Shares, or share of the company, it covers.</param>
/// <param name="Strike">The price per share, or the value of the whole company, the holder pays.</param>
/// <param name="Vested">Shares, or share of the company, vested so far.</param>
public sealed record WarrantTerms(ActorId Holder, bool PerShare, decimal Size, decimal Strike, decimal Vested)
{
    /// <summary>What the vested part is worth: the shares' value above the strike, never below zero.</summary>
    public decimal Value(decimal equityValue, decimal? sharesOutstanding) =>
        PerShare
            ? sharesOutstanding is { } n && n > 0 ? Vested * Math.Max(0m, (equityValue / n) - Strike) : 0m
            : Vested * Math.Max(0m, equityValue - Strike);
}
