using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// A company's equity was marked to a new value, moving every holder's stake. The value is stated outright, or as a
/// share price × shares outstanding, or as a change from a base; when more than one is stated they must agree.
/// </summary>
/// <param name="Company">The company marked.</param>
/// <param name="Value">The new value of 100% of the equity, when stated.</param>
/// <param name="Change">The relative change (-0.1 for -10%), when stated.</param>
/// <param name="By">Who marked it (a fund, an analyst), if named.</param>
/// <param name="Price">The share price, when the mark is a market price.</param>
/// <param name="Shares">Shares outstanding, when stated; the company keeps them for later marks by price.</param>
/// <param name="From">The value the change is from, when stated; otherwise the company's valuation before.</param>
[GenerateSerializer, Immutable, Alias("ma.valuation-marked")]
public sealed record ValuationMarked(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] Figure? Value,
    [property: Id(2)] decimal? Change,
    [property: Id(3)] string? By,
    [property: Id(4)] Figure? Price = null,
    [property: Id(5)] Figure? Shares = null,
    [property: Id(6)] Figure? From = null) : MarketEvent
{
    /// <summary>How far apart two stated forms of the same mark may be, as a share of the value: sources round.</summary>
    public const decimal Tolerance = 0.01m;

    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company];

    /// <inheritdoc />
    public override string Describe(INameLookup names)
    {
        var parts = new List<string>();
        if (Value is { } v)
        {
            parts.Add($"at {Say.Money(v)}");
        }

        if (Price is { } p)
        {
            parts.Add($"at {Say.Money(p)} a share" + (Shares is { } n ? $" × {Say.Count(n)} shares" : string.Empty));
        }

        if (Change is { } c)
        {
            parts.Add(Metrics.Format.Change(c, Metrics.MetricUnit.Fraction) + (From is { } f ? $" from {Say.Money(f)}" : string.Empty));
        }

        var mark = string.Join(", ", parts);
        return By is null ? $"{names.NameOf(Company)} marked {mark}" : $"{names.NameOfParty(By)} marks {names.NameOf(Company)} {mark}";
    }

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Value = Value is { } value ? map("value", value) : null,
            Price = Price is { } price ? map("price", price) : null,
            Shares = Shares is { } shares ? map("shares", shares) : null,
            From = From is { } from ? map("from", from) : null,
        };
    }
}
