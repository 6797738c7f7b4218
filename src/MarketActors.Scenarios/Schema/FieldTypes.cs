using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Scenarios.Format;

namespace MarketActors.Scenarios.Schema;

/// <summary>
/// What the schema and the reference say about each <see cref="FieldType"/>: the schema definition a field of that
/// type refers to, the words a reader sees, and the forms it takes. Every type has an answer, or generation fails.
/// </summary>
internal static class FieldTypes
{
    /// <summary>The name under <c>$defs</c> of the schema a field of this type refers to; null for choices, which list their words.</summary>
    public static string? Definition(FieldType type) => type switch
    {
        FieldType.Actor => "actor-id",
        FieldType.ActorList => "actor-ids",
        FieldType.ActorMoney => "actor-amounts",
        FieldType.ActorShares => "actor-shares",
        FieldType.Party => "party-id",
        FieldType.Money => "money",
        FieldType.Count => "count",
        FieldType.Percent => "percent",
        FieldType.PercentRange => "percent-range",
        FieldType.Change => "change",
        FieldType.Date => "date",
        FieldType.Duration => "duration",
        FieldType.Text => "text",
        FieldType.Slug => "slug",
        FieldType.Bool => "bool",
        FieldType.Choice => null,
        FieldType.RegionCounts => "region-counts",
        FieldType.EventIds => "event-ids",
        FieldType.EventRef => "slug",
        FieldType.Entries => throw new InvalidOperationException("A list of entries is described by its fields, not by a definition."),
        FieldType.Gpu => "gpu",
        FieldType.Area => "area",
        FieldType.Number => "positive-number",
        FieldType.Power => "power",
        FieldType.Figures => "revised-figures",
        _ => throw new InvalidOperationException($"The schema has no definition for {type}."),
    };

    /// <summary>The type of a field as the reference's tables name it, in Markdown.</summary>
    public static string Label(FieldSpec spec) => spec.Type switch
    {
        FieldType.Actor => $"actor id ({Kinds(spec.Kinds, "any kind")})",
        FieldType.ActorList => $"actor id, or a list of them ({Kinds(spec.Kinds, "any kind")})",
        FieldType.ActorMoney => $"map: actor id ({Kinds(spec.Kinds, "any kind")}) → exact [money](#money)",
        FieldType.ActorShares => $"map: actor id ({Kinds(spec.Kinds, "any kind")}) → [percentage](#percentages)",
        FieldType.Party => "actor or person id",
        FieldType.Money => "[money](#money)",
        FieldType.Count => "[count](#counts)",
        FieldType.Percent => "[percentage](#percentages), 0% to 100%",
        FieldType.PercentRange => "[price](#prices): a share of face (92%, 97c, par) or a range of them",
        FieldType.Change => "signed [percentage](#percentages), above -100%",
        FieldType.Date => "[date](#dates)",
        FieldType.Duration => "[duration](#durations)",
        FieldType.Text => "text",
        FieldType.Slug => "kebab-case id",
        FieldType.Bool => "`true` or `false`",
        FieldType.Choice => Either([.. spec.Choices.Select((c, i) => i == 0 && !spec.Required ? $"`{c}` (default)" : $"`{c}`")]),
        FieldType.RegionCounts => "map: region → exact [count](#counts)",
        FieldType.EventIds => "event id, or a list of them",
        FieldType.EventRef => "event id",
        FieldType.Entries => "list of entries (below)",
        FieldType.Gpu => "GPU model of the [catalog](#the-catalog-and-h100-equivalents)",
        FieldType.Area => "[area](#areas)",
        FieldType.Number => "number above zero",
        FieldType.Power => "[power](#power)",
        FieldType.Figures => "map: figure field of the event named → its new value",
        _ => throw new InvalidOperationException($"The reference has no label for {spec.Type}."),
    };

    /// <summary>The forms a value of this type takes, for a schema description; empty when the field's doc says enough.</summary>
    public static string Hint(FieldSpec spec) => spec.Type switch
    {
        FieldType.Actor => $"An actor's id ({Kinds(spec.Kinds, "any kind")}).",
        FieldType.ActorList => $"An actor's id, or a list of them ({Kinds(spec.Kinds, "any kind")}).",
        FieldType.ActorMoney => $"Maps actor ids ({Kinds(spec.Kinds, "any kind")}) to exact amounts of dollars, like {{ morgan-stanley: 3.5B }}.",
        FieldType.ActorShares => $"Maps actor ids ({Kinds(spec.Kinds, "any kind")}) to percentages, like {{ musk: 79% }}.",
        FieldType.Party => "An actor's or a person's id.",
        FieldType.Money => "Dollars: 500B, $5.5M, ~5.5M, < 10B, up to 3B, 1M+ or 1B..2B.",
        FieldType.Count => "A whole count: 20, 100k, 1.5M, ~3700, 100k+ or 1M..2M.",
        FieldType.Percent => "A percentage from 0% to 100%, like 13%.",
        FieldType.PercentRange => "A price as a share of face: 92%, 97c (cents on the dollar), par, or a range like 90%..95%.",
        FieldType.Change => "A signed percentage above -100%, like -10%.",
        FieldType.Date => "A date: 2025-01-21, 2025-01, 2025, early-, mid- or late-2025-01, early-2026, mid-2026, late-2026, end-2026, Q3-2026 or H2-2026.",
        FieldType.Duration => "A duration: 4y, 18mo, 2w or 90d.",
        FieldType.Slug => "Lower-case kebab-case: letters, digits and '-'.",
        FieldType.Bool => "true or false.",
        FieldType.RegionCounts => "Maps regions to exact counts, like { Texas: 10 }.",
        FieldType.EventIds => "An event's id, or a list of them.",
        FieldType.EventRef => "An event's id.",
        FieldType.Entries => $"A list of entries, each with {string.Join(", ", spec.Entries.Select(e => e.Name + ":"))}.",
        FieldType.Gpu => "A GPU model named under catalog.gpus.",
        FieldType.Area => "An area: 875 acres, ~875 acres, 350 ha, 3.5 km2, 120000 m2 or 50000 sq ft.",
        FieldType.Number => "A number above zero, like 0.989.",
        FieldType.Power => "Power: 1.2 GW, 200 MW, 500 kW, ~1.2 GW, up to 5 GW, 1 GW+ or 1..2 GW.",
        FieldType.Figures => "Maps figure fields of the event named (money, counts, percentages) to their new values, like { training-cost: 1.6B }.",
        FieldType.Text or FieldType.Choice => string.Empty,
        _ => throw new InvalidOperationException($"The schema has no hint for {spec.Type}."),
    };

    /// <summary>"a project", "a company, an investor or a project"; <paramref name="none"/> when any kind will do.</summary>
    public static string Kinds(ImmutableArray<ActorKind> kinds, string none)
    {
        if (kinds.IsDefaultOrEmpty)
        {
            return none;
        }

        return Either([.. kinds.Order().Select(k => k == ActorKind.Investor ? "an investor" : "a " + k.ToString().ToLowerInvariant())]);
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string Either(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
}
