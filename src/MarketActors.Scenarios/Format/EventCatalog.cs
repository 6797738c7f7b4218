using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>
/// Every event type of the scenario format. The validator, the JSON Schema and the format reference are all
/// derived from this one table, so they cannot drift apart.
/// </summary>
public static partial class EventCatalog
{
    private const ActorKind C = ActorKind.Company;
    private const ActorKind I = ActorKind.Investor;
    private const ActorKind P = ActorKind.Project;

    /// <summary>The fields every event has.</summary>
    public static ImmutableArray<FieldSpec> CommonFields { get; } =
    [
        Need("at", F.Date, "When it happened. A comment should say so when the date is not in the source."),
        May("known", F.Date, "When it became known, if later than at: (a cost disclosed months later); never before at:. A replay as known at an earlier date leaves the event out."),
        Need("type", F.Choice, "The event type (one of those below)."),
        Need("source", F.Text, "Where it comes from: 'key#ref' naming a declared source (herald#F05), or a quoted citation. One or a list."),
        May("id", F.Slug, "A unique id, so that other events (disputes:, claim:, event: ...) can name this one."),
        May("note", F.Text, "The analyst's note: assumptions, corrections, dates not in the source."),
    ];

    /// <summary>The event types, in the order the reference lists them.</summary>    /// <summary>The event types, in the order the reference lists them: capital, equity, debt, capacity, then the rest of the story.</summary>
    public static ImmutableArray<EventSpec> All { get; } = [.. Capital(), .. Equity(), .. Debt(), .. Capacity(), .. Narrative()];

    /// <summary>The field types that hold one figure, which a figure-revised event may revise.</summary>
    public static IReadOnlySet<FieldType> FigureTypes { get; } = new HashSet<FieldType> { F.Money, F.Count, F.Percent, F.PercentRange, F.Change };

    private static readonly Dictionary<string, EventSpec> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The spec of an event type, or null.</summary>
    public static EventSpec? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Exactly one of two ways to say something: the fields of <paramref name="first"/>, or <paramref name="other"/>.</summary>
    private static IEnumerable<(string, string)> Either(FieldValues v, (string Main, string? Companion) first, string other)
    {
        var hasFirst = v.Has(first.Main);
        var hasOther = v.Has(other);
        if (hasFirst && hasOther)
        {
            yield return (other, $"give {first.Main}: or {other}:, not both");
        }
        else if (!hasFirst && !hasOther)
        {
            yield return (string.Empty, $"give {first.Main}:{(first.Companion is null ? string.Empty : $" with {first.Companion}:")} or {other}:");
        }
        else if (hasFirst && first.Companion is { } companion && !v.Has(companion))
        {
            yield return (first.Main, $"{first.Main}: needs {companion}:");
        }
        else if (!hasFirst && first.Companion is { } lone && v.Has(lone))
        {
            yield return (lone, $"{lone}: goes with {first.Main}:, not with {other}:");
        }
    }
}
