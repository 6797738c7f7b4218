using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A company cut jobs.</summary>
/// <param name="Company">The company.</param>
/// <param name="Count">How many jobs, if stated.</param>
/// <param name="Share">What share of the staff (0–1), if stated.</param>
[GenerateSerializer, Immutable, Alias("ma.layoffs-announced")]
public sealed record LayoffsAnnounced(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] Figure? Count,
    [property: Id(2)] decimal? Share) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company];

    /// <inheritdoc />
    public override string Describe(INameLookup names) =>
        $"{names.NameOf(Company)} lays off "
        + (Count is { } c ? Say.Count(c) + " staff" : "staff")
        + (Share is { } s ? $" ({Metrics.Format.Percent(s)})" : string.Empty);

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Count = Count is { } count ? map("count", count) : null };
    }
}
