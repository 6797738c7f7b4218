using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>A company's equity was marked to a new value (or by a change), moving every holder's stake.</summary>
/// <param name="Company">The company marked.</param>
/// <param name="Value">The new value of 100% of the equity, when stated.</param>
/// <param name="Change">The relative change (-0.1 for -10%), when stated instead.</param>
/// <param name="By">Who marked it (a fund, an analyst), if named.</param>
[GenerateSerializer, Immutable, Alias("ma.valuation-marked")]
public sealed record ValuationMarked(
    [property: Id(0)] ActorId Company,
    [property: Id(1)] Figure? Value,
    [property: Id(2)] decimal? Change,
    [property: Id(3)] string? By) : MarketEvent
{
    /// <inheritdoc />
    public override ActorId Primary => Company;

    /// <inheritdoc />
    public override IEnumerable<ActorId> Actors => [Company];

    /// <inheritdoc />
    public override string Describe(INameLookup names)
    {
        var mark = Value is { } v ? $"at {Say.Money(v)}" : Metrics.Format.Change(Change ?? 0m, Metrics.MetricUnit.Fraction);
        return By is null ? $"{names.NameOf(Company)} marked {mark}" : $"{names.NameOfParty(By)} marks {names.NameOf(Company)} {mark}";
    }

    /// <inheritdoc />
    public override MarketEvent MapFigures(Func<string, Figure, Figure> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Value = Value is { } value ? map("value", value) : null };
    }
}
