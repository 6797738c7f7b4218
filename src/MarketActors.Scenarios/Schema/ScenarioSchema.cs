using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Format;

namespace MarketActors.Scenarios.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of scenario files, generated from <see cref="EventCatalog"/>, the field lists of
/// actors, people, sources and the GPU catalog, and the compiler's sections, so that editors complete and check
/// what the validator reads. The validator stays the authority: the schema cannot see references between entries
/// (an actor that is not declared) or checks that span fields (give lender: or lenders:).
/// </summary>
public static class ScenarioSchema
{
    /// <summary>Where the generated schema is kept, relative to the repository's root.</summary>
    public const string FilePath = "scenarios/scenario.schema.json";

    /// <summary>The command that writes the schema to <see cref="FilePath"/>, from the repository's root.</summary>
    public const string RegenerateCommand = "dotnet run --project src/MarketActors.Cli -- schema > " + FilePath;

    /// <summary>Where the generated schema of overlay files is kept, relative to the repository's root.</summary>
    public const string OverlayFilePath = "scenarios/overlay.schema.json";

    /// <summary>The command that writes the overlay schema to <see cref="OverlayFilePath"/>, from the repository's root.</summary>
    public const string RegenerateOverlayCommand = "dotnet run --project src/MarketActors.Cli -- schema --overlay > " + OverlayFilePath;

    /// <summary>The schema as indented JSON with LF line ends and a final newline; the same bytes on every call and machine.</summary>
    public static string Generate() => Write(Build());

    /// <summary>The schema of what-if overlay files, written as <see cref="Generate"/> writes the scenarios'.</summary>
    public static string GenerateOverlay() => Write(BuildOverlay());

    private static string Write(JsonObject schema)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            schema.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static JsonObject Build()
    {
        var sections = new JsonObject();
        foreach (var section in ScenarioCompiler.Sections)
        {
            sections[section] = Section(section);
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$comment"] = $"Generated from the scenario format's tables by ScenarioSchema.Generate(); do not edit. Regenerate with: {RegenerateCommand}",
            ["title"] = "MarketActors scenario",
            ["description"] = "A story of the AI market as dated events with sources. Reference: docs/scenario-format.md.",
            ["type"] = "object",
            ["required"] = new JsonArray([.. ScenarioCompiler.RequiredSections.Select(s => (JsonNode?)s)]),
            ["properties"] = sections,
            ["additionalProperties"] = false,
            ["$defs"] = Definitions(),
        };
    }

    private static JsonObject BuildOverlay()
    {
        var sections = new JsonObject
        {
            ["overlay"] = SchemaDefinitions.Ref("slug", "The overlay's id; the run's scenario id becomes base+overlay."),
            ["title"] = SchemaDefinitions.Ref("text", "Replaces the scenario's title in reports."),
            ["description"] = SchemaDefinitions.Ref("text", "Text for the reader."),
            ["base"] = SchemaDefinitions.Ref("slug", "The id of the scenario it applies to."),
            ["sources"] = Section("sources"),
            ["catalog"] = Section("catalog"),
            ["actors"] = List("Actors it adds.", "actor", minItems: 0),
            ["people"] = List("People it adds.", "person", minItems: 0),
            ["remove"] = new JsonObject
            {
                ["description"] = "Ids of the base's events to remove.",
                ["type"] = new JsonArray("array", "null"),
                ["items"] = SchemaDefinitions.Ref("slug"),
            },
            ["change"] = new JsonObject
            {
                ["description"] = "For each base event id, the fields to set; null removes a field; an event's id cannot change.",
                ["type"] = new JsonArray("object", "null"),
                ["propertyNames"] = new JsonObject { ["pattern"] = UnitPatterns.Slug },
                ["additionalProperties"] = new JsonObject
                {
                    ["type"] = "object",
                    ["not"] = new JsonObject { ["required"] = new JsonArray("id") },
                },
            },
            ["events"] = List("Events it adds, written as in a scenario.", "event", minItems: 0),
        };
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$comment"] = $"Generated from the scenario format's tables by ScenarioSchema.GenerateOverlay(); do not edit. Regenerate with: {RegenerateOverlayCommand}",
            ["title"] = "MarketActors what-if overlay",
            ["description"] = "Changes to a base scenario: events added, removed or changed by id. Reference: docs/scenario-format.md#what-if-overlays.",
            ["type"] = "object",
            ["required"] = new JsonArray([.. OverlayMerger.RequiredSections.Select(s => (JsonNode?)s)]),
            ["properties"] = sections,
            ["additionalProperties"] = false,
            ["$defs"] = Definitions(),
        };
    }

    private static JsonObject Definitions()
    {
        var defs = new JsonObject(SchemaDefinitions.Values())
        {
            ["source"] = SchemaDefinitions.Entry("A source: its title and what else is known of it.", Properties(HeaderSections.SourceFields), Required(HeaderSections.SourceFields)),
            ["gpu-model"] = SchemaDefinitions.Entry("One GPU model: what one unit computes and draws.", Properties(HeaderSections.GpuFields), Required(HeaderSections.GpuFields)),
            ["actor"] = SchemaDefinitions.Entry("An actor: a company, an investor or a project, with books of its own.", Properties(ActorSection.Fields), Required(ActorSection.Fields)),
            ["person"] = SchemaDefinitions.Entry("A person: someone who speaks or reports, with no books.", Properties(HeaderSections.PersonFields), Required(HeaderSections.PersonFields)),
            ["event"] = Event(),
        };
        foreach (var spec in EventCatalog.All)
        {
            defs[EventDefinition(spec.Name)] = EventType(spec);
        }

        return defs;
    }

    /// <summary>The name under <c>$defs</c> of an event type's schema.</summary>
    internal static string EventDefinition(string type) => "event-" + type;

    private static JsonObject Section(string name) => name switch
    {
        "scenario" => SchemaDefinitions.Ref("slug", SectionDocs.Describe(name)),
        "title" => SchemaDefinitions.Ref("text", SectionDocs.Describe(name)),
        "description" => SchemaDefinitions.Ref("text", SectionDocs.Describe(name)),
        "sources" => new JsonObject
        {
            ["description"] = SectionDocs.Describe(name),
            ["type"] = new JsonArray("object", "null"),
            ["propertyNames"] = new JsonObject { ["pattern"] = UnitPatterns.Slug },
            ["additionalProperties"] = new JsonObject { ["anyOf"] = new JsonArray(SchemaDefinitions.Ref("text"), SchemaDefinitions.Ref("source")) },
        },
        "catalog" => new JsonObject
        {
            ["description"] = SectionDocs.Describe(name),
            ["type"] = new JsonArray("object", "null"),
            ["properties"] = new JsonObject
            {
                ["h100e-basis"] = SchemaDefinitions.Ref("text", "The model whose PFLOPS count as one H100-equivalent; H100 when the catalog has one."),
                ["gpus"] = new JsonObject
                {
                    ["description"] = "GPU models by name: { GB200: { bf16-pflops: 2.5, watts: 1200 } }.",
                    ["type"] = "object",
                    ["additionalProperties"] = SchemaDefinitions.Ref("gpu-model"),
                },
            },
            ["additionalProperties"] = false,
        },
        "actors" => List(SectionDocs.Describe(name), "actor", minItems: 1),
        "people" => List(SectionDocs.Describe(name), "person", minItems: 0),
        "events" => List(SectionDocs.Describe(name), "event", minItems: 0),
        _ => throw new InvalidOperationException($"The schema does not describe the section '{name}'."),
    };

    private static JsonObject List(string description, string item, int minItems)
    {
        var node = new JsonObject { ["description"] = description, ["type"] = new JsonArray("array", "null") };
        if (minItems > 0)
        {
            node["minItems"] = minItems;
        }

        node["items"] = SchemaDefinitions.Ref(item);
        return node;
    }

    /// <summary>Any event: its type picks the schema that checks the rest (if/then, which editors follow best).</summary>
    private static JsonObject Event()
    {
        var type = EventCatalog.CommonFields.Single(f => f.Name == "type");
        var branches = new JsonArray();
        foreach (var spec in EventCatalog.All)
        {
            branches.Add(new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = spec.Name } },
                    ["required"] = new JsonArray("type"),
                },
                ["then"] = SchemaDefinitions.Ref(EventDefinition(spec.Name)),
            });
        }

        return new JsonObject
        {
            ["description"] = "An event: when (at:), what (type: and its fields) and where it comes from (source:).",
            ["type"] = "object",
            ["required"] = new JsonArray([.. EventCatalog.CommonFields.Where(f => f.Required).Select(f => (JsonNode?)f.Name)]),
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject
                {
                    ["description"] = type.Doc,
                    ["enum"] = new JsonArray([.. EventCatalog.All.Select(s => (JsonNode?)s.Name)]),
                },
            },
            ["allOf"] = branches,
        };
    }

    private static JsonObject EventType(EventSpec spec)
    {
        var properties = new List<KeyValuePair<string, JsonNode?>>();
        foreach (var field in EventCatalog.CommonFields)
        {
            // The event section reads type: and source: itself: the type names the spec, and source: may be a list.
            JsonNode property = field.Name switch
            {
                "type" => new JsonObject { ["description"] = spec.Summary, ["const"] = spec.Name },
                "source" => SchemaDefinitions.Ref("citations", field.Doc),
                _ => SchemaDefinitions.Property(field),
            };
            properties.Add(new(field.Name, property));
        }

        properties.AddRange(Properties(spec.Fields));
        var node = SchemaDefinitions.Entry(spec.Summary, properties, Required(EventCatalog.CommonFields.Concat(spec.Fields)));
        node.Insert(0, "title", spec.Name);
        return node;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(IEnumerable<FieldSpec> fields) =>
        fields.Select(f => new KeyValuePair<string, JsonNode?>(f.Name, SchemaDefinitions.Property(f)));

    private static IEnumerable<string> Required(IEnumerable<FieldSpec> fields) => fields.Where(f => f.Required).Select(f => f.Name);
}
