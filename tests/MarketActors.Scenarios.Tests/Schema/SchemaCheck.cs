using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MarketActors.Scenarios.Schema;

namespace MarketActors.Scenarios.Tests.Schema;

/// <summary>Validates JSON against the generated schema, or against one of its definitions, and lists the errors.</summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonObject> Generated = new(() => JsonNode.Parse(ScenarioSchema.Generate())!.AsObject());
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>The generated schema as a tree, for tests that look inside it.</summary>
    public static JsonObject Tree => (JsonObject)Generated.Value.DeepClone();

    /// <summary>The errors of a whole scenario document; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonNode? document) => Evaluate(Schemas.GetOrAdd(string.Empty, _ => JsonSchema.FromText(ScenarioSchema.Generate())), document);

    /// <summary>The errors of a whole overlay document against the overlay schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> OverlayErrors(JsonNode? document) =>
        Evaluate(Schemas.GetOrAdd("overlay:", _ => JsonSchema.FromText(ScenarioSchema.GenerateOverlay())), document);

    /// <summary>The errors of one value against a definition under $defs.</summary>
    public static IReadOnlyList<string> Errors(string definition, JsonNode? value)
    {
        var schema = Schemas.GetOrAdd(definition, name =>
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$ref"] = "#/$defs/" + name,
                ["$defs"] = Generated.Value["$defs"]!.DeepClone(),
            };
            return JsonSchema.FromText(root.ToJsonString());
        });
        return Evaluate(schema, value);
    }

    private static List<string> Evaluate(JsonSchema schema, JsonNode? value)
    {
        var element = JsonSerializer.SerializeToElement(value);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<string>();
        if (!results.IsValid)
        {
            Collect(results, errors);
        }

        return errors.Count > 0 || results.IsValid ? errors : ["invalid (no detail)"];
    }

    /// <summary>The errors of failing nodes only; an if: that fails is a branch not taken, not an error.</summary>
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{node.InstanceLocation}: {message} ({node.EvaluationPath}, {keyword})");
        }

        foreach (var child in node.Details ?? [])
        {
            if (!child.IsValid && !child.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
            {
                Collect(child, errors);
            }
        }
    }
}
