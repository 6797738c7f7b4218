using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Scenarios.Format;

/// <summary>The fields of one entry after reading, each with where it was written.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, (object Value, SourceSpan At)> _values = new(StringComparer.Ordinal);

    /// <summary>Creates the values of an entry that starts at <paramref name="at"/>.</summary>
    public FieldValues(SourceSpan at)
    {
        At = at;
    }

    /// <summary>Where the entry starts.</summary>
    public SourceSpan At { get; }

    /// <summary>A copy of these values, to change without changing them.</summary>
    public FieldValues Copy()
    {
        var copy = new FieldValues(At);
        foreach (var (name, (value, at)) in _values)
        {
            copy._values[name] = (value, at);
        }

        return copy;
    }

    /// <summary>Stores a field's value.</summary>
    public void Set(string name, object value, SourceSpan at) => _values[name] = (value, at);

    /// <summary>True when the field was given (and read without error).</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>
    /// Where a field was written, or where the entry starts. A field of an entry of a list is named by a path:
    /// <c>tranches[1].amount</c> (the second entry's <c>amount:</c>).
    /// </summary>
    public SourceSpan Where(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        var close = name.IndexOf(']', StringComparison.Ordinal);
        if (bracket > 0 && close > bracket
            && int.TryParse(name.AsSpan(bracket + 1, close - bracket - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && Entries(name[..bracket]) is { } entries && index < entries.Length)
        {
            return close + 2 <= name.Length ? entries[index].Where(name[(close + 2)..]) : entries[index].At;
        }

        return _values.TryGetValue(name, out var v) ? v.At : At;
    }

    /// <summary>An actor field.</summary>
    public ActorId Actor(string name) => Get<ActorId>(name);

    /// <summary>An optional actor field.</summary>
    public ActorId? MaybeActor(string name) => Has(name) ? Get<ActorId>(name) : null;

    /// <summary>An actor list field, empty when absent.</summary>
    public ImmutableArray<ActorId> Actors(string name) => Has(name) ? Get<ImmutableArray<ActorId>>(name) : [];

    /// <summary>An actor-to-amount field, empty when absent.</summary>
    public ImmutableArray<ActorAmount> Amounts(string name) => Has(name) ? Get<ImmutableArray<ActorAmount>>(name) : [];

    /// <summary>A figure field (money, count, percentage).</summary>
    public Figure Figure(string name) => Get<Figure>(name);

    /// <summary>An optional figure field.</summary>
    public Figure? MaybeFigure(string name) => Has(name) ? Get<Figure>(name) : null;

    /// <summary>An optional single percentage, as a fraction.</summary>
    public decimal? MaybeFraction(string name) => Has(name) ? Get<Figure>(name).Point : null;

    /// <summary>A text, slug, party, GPU or choice field.</summary>
    public string Text(string name) => Get<string>(name);

    /// <summary>An optional text-like field.</summary>
    public string? MaybeText(string name) => Has(name) ? Get<string>(name) : null;

    /// <summary>An optional boolean.</summary>
    public bool? MaybeBool(string name) => Has(name) ? Get<bool>(name) : null;

    /// <summary>A date field, with its label.</summary>
    public (DateOnly Date, string Label) Date(string name) => Get<(DateOnly, string)>(name);

    /// <summary>An optional date field's label.</summary>
    public string? MaybeDateLabel(string name) => Has(name) ? Get<(DateOnly, string)>(name).Item2 : null;

    /// <summary>A duration's label.</summary>
    public string? MaybeDuration(string name) => Has(name) ? Get<(string, decimal)>(name).Item1 : null;

    /// <summary>A region-count field, empty when absent.</summary>
    public ImmutableArray<RegionCount> Regions(string name) => Has(name) ? Get<ImmutableArray<RegionCount>>(name) : [];

    /// <summary>A list of entries, each with its own values, empty when absent.</summary>
    public ImmutableArray<FieldValues> Entries(string name) => Has(name) ? Get<ImmutableArray<FieldValues>>(name) : [];

    /// <summary>A list of ids, empty when absent.</summary>
    public ImmutableArray<string> Ids(string name) => Has(name) ? Get<ImmutableArray<string>>(name) : [];

    /// <summary>A choice, or its default.</summary>
    public string Choice(string name, string fallback) => MaybeText(name) ?? fallback;

    /// <summary>A field's raw value.</summary>
    public object Get(string name) => Get<object>(name);

    private T Get<T>(string name) => _values.TryGetValue(name, out var v) ? (T)v.Value : throw new KeyNotFoundException($"Field '{name}' was not read.");
}
