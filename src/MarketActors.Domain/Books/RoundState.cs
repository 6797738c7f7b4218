using System.Collections.Immutable;

namespace MarketActors.Domain.Books;

/// <summary>A round a company closed, as its later tranches need it: the price, what has been paid, which conditions are settled.</summary>
/// <param name="PreMoney">The value before the round's money: with <see cref="Paid"/>, the basis each tranche is priced on.</param>
/// <param name="Paid">The money paid in so far.</param>
/// <param name="Conditions">Conditions resolved so far, met or not, by name.</param>
public sealed record RoundState(decimal PreMoney, decimal Paid, ImmutableSortedDictionary<string, bool> Conditions);
