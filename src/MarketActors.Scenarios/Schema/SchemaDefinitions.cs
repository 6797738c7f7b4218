using System.Text.Json.Nodes;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Units;

namespace MarketActors.Scenarios.Schema;

/// <summary>
/// The building blocks of the scenario schema: one definition per kind of value, and object schemas made from
/// field lists. A plain YAML scalar that looks like a number or a boolean reaches an editor as one (<c>count: 20</c>,
/// <c>online-by: 2026</c>, <c>open-weights: true</c>), while the validator reads every scalar as text; so each
/// definition accepts the JSON types that the texts its reader accepts can turn into.
/// </summary>
internal static class SchemaDefinitions
{
    /// <summary>Where definitions live in the schema.</summary>
    public const string Prefix = "#/$defs/";

    /// <summary>The definitions of values, in a fixed order.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> Values()
    {
        yield return Def("text", Scalar("Text: any single value that is not blank.", UnitPatterns.NonBlank, "string", "number", "boolean"));
        yield return Def("slug", Scalar("A lower-case kebab-case id: letters, digits and '-', starting with a letter or a digit.", UnitPatterns.Slug, "string", "number"));
        yield return Def("actor-id", Scalar("The id of an actor declared under actors:, or outside (everyone outside the scenario).", UnitPatterns.Slug, "string", "number"));
        yield return Def("party-id", Scalar("The id of an actor, or of a person declared under people:.", UnitPatterns.Slug, "string", "number"));
        yield return Def("actor-ids", OneOrList("An actor's id, or a list of them.", "actor-id"));
        yield return Def("event-ids", OneOrList("An event's id, or a list of them.", "slug"));
        yield return Def("citations", OneOrList("A citation, or a list of them: 'key#ref' naming a source declared under sources: (herald#F05), or a quoted citation.", "text"));
        yield return Def("money", Figure("Dollars: 500B, $5.5M, US$ 2bn, ~5.5M, < 10B, up to 3B, over 1B, 1M+, or a range 1B..2B.", UnitPatterns.Money, exclusive: true));
        yield return Def("exact-money", Figure("An exact amount of dollars: 3.5B, $500M, 1,200,000.", UnitPatterns.ExactMoney, exclusive: false));
        yield return Def("count", Count("A whole count: 20, 100k, 1.5M, 100,000, ~3700, 800k+, or a range 1M..2M.", UnitPatterns.Count, exclusive: true));
        yield return Def("exact-count", Count("An exact whole count: 10, 100k, 1.5M.", UnitPatterns.ExactCount, exclusive: false));
        yield return Def("percent", Text("A percentage from 0% to 100%: 13%, 21.35%.", UnitPatterns.Percent));
        yield return Def("percent-range", Text("A price from 0% to 100% of face, or a range of them: 92%, 97c (cents on the dollar), par, 90%..95%, 90c..95c.", UnitPatterns.PercentRange));
        yield return Def("change", Text("A signed relative change above -100%: -10%, +25%.", UnitPatterns.Change));
        yield return Def("date", Date());
        yield return Def("duration", Text("A duration: 4y, 18mo, 2w, 90d.", UnitPatterns.Duration));
        yield return Def("area", Text("An area: 875 acres, ~875 acres, 350 ha, 3.5 km2, 120000 m2, 50000 sq ft.", UnitPatterns.Area));
        yield return Def("power", Text("Power: 1.2 GW, 200 MW, 500 kW, ~1.2 GW, up to 5 GW, over 1 GW, 1 GW+, or a range 1..2 GW.", UnitPatterns.Power));
        yield return Def("positive-number", Figure("A number above zero: 0.989, 700.", UnitPatterns.PositiveNumber, exclusive: true));
        yield return Def("bool", new JsonObject
        {
            ["description"] = "true or false (yes and no are read too).",
            ["enum"] = new JsonArray(true, false, "true", "false", "yes", "no"),
        });
        yield return Def("gpu", Scalar("A GPU model named under catalog.gpus.", UnitPatterns.NonBlank, "string", "number"));
        yield return Def("region-counts", Map("Maps regions to exact counts: { Texas: 10 }.", keys: null, "exact-count"));
        yield return Def("actor-amounts", Map("Maps actor ids to exact amounts of dollars: { morgan-stanley: 3.5B }.", UnitPatterns.Slug, "exact-money"));
        yield return Def("actor-shares", Map("Maps actor ids to percentages: { musk: 79% }.", UnitPatterns.Slug, "percent"));
        yield return Def("revised-figures", Map("Maps figure fields of the event named to their new values: { training-cost: 1.6B }. Each value is checked as that event's field is.", UnitPatterns.Slug, "text"));
    }

    /// <summary>The schema of one field: its doc, and its definition or its words.</summary>
    public static JsonObject Property(FieldSpec spec)
    {
        var hint = FieldTypes.Hint(spec);
        var property = new JsonObject { ["description"] = hint.Length == 0 ? spec.Doc : spec.Doc + " " + hint };
        if (spec.Type == FieldType.Entries)
        {
            property["type"] = "array";
            property["minItems"] = 1;
            property["items"] = Entry(
                $"An entry of {spec.Name}:.",
                spec.Entries.Select(e => new KeyValuePair<string, JsonNode?>(e.Name, Property(e))),
                spec.Entries.Where(e => e.Required).Select(e => e.Name));
            return property;
        }

        if (spec.Type != FieldType.Choice)
        {
            property["$ref"] = Prefix + FieldTypes.Definition(spec.Type);
            return property;
        }

        if (spec.Choices.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException($"The choice {spec.Name}: lists no words.");
        }

        property["enum"] = new JsonArray([.. spec.Choices.Select(c => (JsonNode?)c)]);
        if (!spec.Required)
        {
            property["default"] = spec.Choices[0];
        }

        return property;
    }

    /// <summary>An object with exactly these fields, those required marked so.</summary>
    public static JsonObject Entry(string description, IEnumerable<KeyValuePair<string, JsonNode?>> properties, IEnumerable<string> required) => new()
    {
        ["description"] = description,
        ["type"] = "object",
        ["required"] = new JsonArray([.. required.Select(r => (JsonNode?)r)]),
        ["properties"] = new JsonObject(properties),
        ["additionalProperties"] = false,
    };

    /// <summary>A reference to a definition.</summary>
    public static JsonObject Ref(string definition, string? description = null)
    {
        var node = new JsonObject();
        if (description is not null)
        {
            node["description"] = description;
        }

        node["$ref"] = Prefix + definition;
        return node;
    }

    private static KeyValuePair<string, JsonNode?> Def(string name, JsonNode node) => new(name, node);

    private static JsonObject Scalar(string description, string pattern, params string[] types) => new()
    {
        ["description"] = description,
        ["type"] = new JsonArray([.. types.Select(t => (JsonNode?)t)]),
        ["pattern"] = pattern,
    };

    private static JsonObject Text(string description, string pattern) => new()
    {
        ["description"] = description,
        ["type"] = "string",
        ["pattern"] = pattern,
        ["patternErrorMessage"] = "Write " + Lower(description),
    };

    private static JsonObject Figure(string description, string pattern, bool exclusive)
    {
        var node = Scalar(description, pattern, "string", "number");
        node[exclusive ? "exclusiveMinimum" : "minimum"] = 0;
        node["patternErrorMessage"] = "Write " + Lower(description);
        return node;
    }

    /// <summary>A figure that must be a whole number: written plain, YAML gives it as a JSON number, which must be an integer.</summary>
    private static JsonObject Count(string description, string pattern, bool exclusive)
    {
        var node = Figure(description, pattern, exclusive);
        node["type"] = new JsonArray("string", "integer");
        return node;
    }

    private static JsonObject Date() => new()
    {
        ["description"] = $"A date from {Dates.MinYear} to {Dates.MaxYear}: 2025-01-21, 2025-01 (its 1st), 2025 (1 January), early-2025-01 (its 1st), mid-2025-01 (its 15th), late-2025-01 (its 21st), early-2026 (1 January), mid-2026 (1 July), late-2026 (1 October), end-2026 (31 December), Q3-2026 or H2-2026 (their first day).",
        ["type"] = new JsonArray("string", "integer"),
        ["pattern"] = UnitPatterns.Date,
        ["minimum"] = Dates.MinYear,
        ["maximum"] = Dates.MaxYear,
        ["patternErrorMessage"] = $"Write a date from {Dates.MinYear} to {Dates.MaxYear}: 2025-01-21, 2025-01, 2025, mid-2025-01, mid-2026, Q3-2026 or H2-2026.",
    };

    private static JsonObject OneOrList(string description, string item) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            Ref(item),
            new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref(item) }),
    };

    private static JsonObject Map(string description, string? keys, string value)
    {
        var node = new JsonObject { ["description"] = description, ["type"] = "object", ["minProperties"] = 1 };
        if (keys is not null)
        {
            node["propertyNames"] = new JsonObject { ["pattern"] = keys };
        }

        node["additionalProperties"] = Ref(value);
        return node;
    }

    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];
}
