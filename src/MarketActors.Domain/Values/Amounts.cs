using System.Collections.Immutable;

namespace MarketActors.Domain.Values;

/// <summary>Exact money arithmetic: rounding to cents and splitting sums without losing a cent.</summary>
public static class Amounts
{
    /// <summary>Rounds an amount to whole cents, halves away from zero.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Removes trailing zeros so that equal amounts always print the same way.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// Splits <paramref name="total"/> (in cents) across <paramref name="weights"/> in proportion, by the
    /// largest-remainder method: the parts add up to the total exactly, and ties go to the earlier key.
    /// </summary>
    /// <typeparam name="TKey">The key of a part; the order of <paramref name="weights"/> breaks ties.</typeparam>
    public static ImmutableArray<(TKey Key, decimal Amount)> Allocate<TKey>(decimal total, IReadOnlyList<(TKey Key, decimal Weight)> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var sum = 0m;
        foreach (var (_, weight) in weights)
        {
            if (weight < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), "Weights cannot be negative.");
            }

            sum += weight;
        }

        if (weights.Count == 0 || sum == 0)
        {
            throw new ArgumentException("Nothing to allocate over.", nameof(weights));
        }

        var totalCents = Cents(total) * 100m;
        var parts = new decimal[weights.Count];
        var remainders = new (decimal Remainder, int Index)[weights.Count];
        var allocated = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = totalCents * weights[i].Weight / sum;
            var floor = exact >= 0 ? decimal.Floor(exact) : decimal.Ceiling(exact);
            parts[i] = floor;
            remainders[i] = (Math.Abs(exact - floor), i);
            allocated += floor;
        }

        var left = totalCents - allocated;
        var step = left >= 0 ? 1m : -1m;
        var order = remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).ToArray();
        for (var i = 0; left != 0; i++)
        {
            parts[order[i % order.Length].Index] += step;
            left -= step;
        }

        var result = ImmutableArray.CreateBuilder<(TKey, decimal)>(weights.Count);
        for (var i = 0; i < weights.Count; i++)
        {
            result.Add((weights[i].Key, parts[i] / 100m));
        }

        return result.MoveToImmutable();
    }
}
