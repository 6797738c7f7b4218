using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MarketActors.Scenarios.Tests.Schema;

/// <summary>
/// Turns YAML into the JSON an editor checks against the schema. Editors resolve plain scalars by the YAML 1.2 core
/// schema, so <c>count: 20</c> and <c>online-by: 2026</c> arrive as numbers and <c>open-weights: true</c> as a boolean,
/// while <c>at: 2025-01-21</c>, <c>amount: 50M</c> and every quoted scalar stay strings. Converting any other way would
/// test a schema no editor sees.
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e => new KeyValuePair<string, JsonNode?>(((YamlScalarNode)e.Key).Value!, Node(e.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain ? Plain(scalar.Value ?? string.Empty) : JsonValue.Create(scalar.Value ?? string.Empty);

    /// <summary>What a plain (unquoted) scalar becomes.</summary>
    public static JsonNode? Plain(string text)
    {
        if (NullPattern().IsMatch(text))
        {
            return null;
        }

        if (BoolPattern().IsMatch(text))
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (IntPattern().IsMatch(text) || FloatPattern().IsMatch(text))
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? JsonValue.Create(d)
                : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (OctalPattern().IsMatch(text))
        {
            return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
        }

        if (HexPattern().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        // .inf and .nan have no JSON form; they stay text, as nothing in a scenario is infinite.
        return JsonValue.Create(text);
    }

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
