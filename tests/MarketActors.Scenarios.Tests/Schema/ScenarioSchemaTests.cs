using System.Text.Json.Nodes;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Schema;

namespace MarketActors.Scenarios.Tests.Schema;

public sealed class ScenarioSchemaTests
{
    [Fact]
    public void The_committed_schema_is_the_generated_one_byte_for_byte()
    {
        var generated = ScenarioSchema.Generate();
        if (Paths.Regenerate)
        {
            File.WriteAllText(Paths.Schema, generated);
        }

        var committed = File.Exists(Paths.Schema) ? File.ReadAllText(Paths.Schema) : string.Empty;

        Assert.True(
            committed == generated,
            $"{ScenarioSchema.FilePath} is not what ScenarioSchema.Generate() makes of the scenario format. Regenerate it from the "
            + $"repository's root with: {ScenarioSchema.RegenerateCommand} (or run these tests once with MARKETACTORS_REGENERATE=1), "
            + "and commit it with the change to the format.");
    }

    [Fact]
    public void Generating_twice_gives_the_same_bytes()
    {
        Assert.Equal(ScenarioSchema.Generate(), ScenarioSchema.Generate());
        Assert.DoesNotContain("\r", ScenarioSchema.Generate(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_scenario_points_editors_at_the_schema()
    {
        var first = File.ReadLines(Paths.Seed).First();

        Assert.Equal("# yaml-language-server: $schema=./scenario.schema.json", first);
    }

    [Fact]
    public void The_seed_scenario_validates_against_the_schema()
    {
        var document = YamlJson.Convert(File.ReadAllText(Paths.Seed));

        var errors = SchemaCheck.Errors(document);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_seed_scenario_reaches_the_schema_with_numbers_and_booleans_where_editors_see_them()
    {
        // Guards the conversion: a schema that only met strings would not be tested against what editors send.
        var events = YamlJson.Convert(File.ReadAllText(Paths.Seed))!["events"]!.AsArray();

        Assert.Contains(events, e => e!["count"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number);
        Assert.Contains(events, e => e!["online-by"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number);
        Assert.Contains(events, e => e!["open-weights"]?.GetValueKind() == System.Text.Json.JsonValueKind.True);
        Assert.All(events, e => Assert.Equal(System.Text.Json.JsonValueKind.String, e!["at"]!.GetValueKind()));
    }

    [Theory]
    [InlineData("unknown event type", "    type: jobs-pledged\n", "    type: jobs-promised\n", "/type:")]
    [InlineData("unknown field", "    over: 4y\n", "    over: 4y\n    horizon: 4y\n", "/horizon:")]
    [InlineData("missing required field", "    total: 500B\n", "", "[\"total\"]")]
    [InlineData("missing source", "    source: herald#F22\n", "", "[\"source\"]")]
    [InlineData("bad amount", "    amount: 100B\n", "    amount: 100 bananas\n", "/amount:")]
    [InlineData("foreign currency", "    value: 9.4B\n", "    value: €9.4B\n", "/value:")]
    [InlineData("bad date", "    expected: mid-2026\n", "    expected: midsummer-2026\n", "/expected:")]
    [InlineData("year out of range", "  - at: 2018-02-20\n", "  - at: 1818-02-20\n", "/at:")]
    [InlineData("bad choice", "    status: offered\n", "    status: pending\n", "/status:")]
    [InlineData("share above 100%", "    share: 50%\n", "    share: 150%\n", "/share:")]
    [InlineData("bad duration", "    over: 4y\n", "    over: four years\n", "/over:")]
    [InlineData("bad actor kind", "kind: investor, name: SoftBank Group", "kind: bank, name: SoftBank Group", "/kind:")]
    [InlineData("unknown actor field", "kind: company, name: Oracle }", "kind: company, name: Oracle, sector: software }", "/sector:")]
    [InlineData("unknown section", "scenario: stargate-2025\n", "scenario: stargate-2025\nsauces: {}\n", "/sauces:")]
    [InlineData("missing section", "scenario: stargate-2025\n", "", "[\"scenario\"]")]
    [InlineData("id not kebab-case", "    id: x-loans\n", "    id: X_loans\n", "/id:")]
    [InlineData("GPU without watts", "H100: { bf16-pflops: 0.989, watts: 700,", "H100: { bf16-pflops: 0.989,", "[\"watts\"]")]
    public void A_broken_scenario_fails_both_the_schema_and_the_validator(string problem, string from, string to, string where)
    {
        var seed = File.ReadAllText(Paths.Seed);
        Assert.Contains(from, seed, StringComparison.Ordinal);
        var broken = ReplaceFirst(seed, from, to);

        var schemaErrors = SchemaCheck.Errors(YamlJson.Convert(broken));
        var diagnostics = ScenarioCompiler.Compile(broken, "broken.yaml").Diagnostics;

        Assert.True(schemaErrors.Count > 0, $"the schema accepts a scenario with a {problem}");
        Assert.True(schemaErrors.Any(e => e.Contains(where, StringComparison.Ordinal)), $"{problem}: no schema error at {where}:{Environment.NewLine}{string.Join(Environment.NewLine, schemaErrors)}");
        Assert.True(diagnostics.Count > 0, $"the validator accepts a scenario with a {problem}");
    }

    [Fact]
    public void Every_event_type_of_the_catalog_is_in_the_schema_with_its_fields()
    {
        var schema = SchemaCheck.Tree;
        var defs = schema["$defs"]!.AsObject();
        var types = defs["event"]!["properties"]!["type"]!["enum"]!.AsArray().Select(t => t!.GetValue<string>());
        var branches = defs["event"]!["allOf"]!.AsArray().ToDictionary(
            b => b!["if"]!["properties"]!["type"]!["const"]!.GetValue<string>(),
            b => b!["then"]!["$ref"]!.GetValue<string>()["#/$defs/".Length..]);

        Assert.Equal(EventCatalog.All.Select(s => s.Name), types);
        Assert.Equal(EventCatalog.All.Select(s => s.Name), branches.Keys);
        foreach (var spec in EventCatalog.All)
        {
            var def = defs[branches[spec.Name]]!;
            var fields = EventCatalog.CommonFields.Concat(spec.Fields).ToList();
            Assert.Equal(fields.Select(f => f.Name), def["properties"]!.AsObject().Select(p => p.Key));
            Assert.Equal(fields.Where(f => f.Required).Select(f => f.Name), def["required"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.False(def["additionalProperties"]!.GetValue<bool>());
            Assert.Equal(spec.Name, def["properties"]!["type"]!["const"]!.GetValue<string>());
            Assert.Equal(spec.Summary, def["description"]!.GetValue<string>());
            foreach (var choice in spec.Fields.Where(f => f.Type == FieldType.Choice))
            {
                Assert.Equal(choice.Choices, def["properties"]![choice.Name]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()));
            }
        }
    }

    [Fact]
    public void The_top_level_sections_are_the_compilers()
    {
        var schema = SchemaCheck.Tree;

        Assert.Equal(ScenarioCompiler.Sections, schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(ScenarioCompiler.RequiredSections, schema["required"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public void Every_required_section_is_reported_missing_by_the_compiler()
    {
        var diagnostics = ScenarioCompiler.Compile("people: []\n", "empty.yaml").Diagnostics.Select(d => d.Message);

        Assert.Equal(ScenarioCompiler.RequiredSections.Select(s => $"the scenario is missing {s}:").Order(StringComparer.Ordinal), diagnostics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_catalog_has_the_fields_the_compiler_knows()
    {
        // The compiler reads catalog: with a switch, not a field list; its diagnostic names the fields it knows.
        var message = ScenarioCompiler.Compile("catalog: { gpuz: {} }\n", "catalog.yaml").Diagnostics.Select(d => d.Message).Single(m => m.Contains("gpuz", StringComparison.Ordinal));
        var known = message[(message.IndexOf("known fields: ", StringComparison.Ordinal) + "known fields: ".Length)..].Split(", ");
        var schema = SchemaCheck.Tree;

        Assert.Equal(known.Order(StringComparer.Ordinal), schema["properties"]!["catalog"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_example_of_the_catalog_validates_in_a_minimal_scenario()
    {
        foreach (var spec in EventCatalog.All)
        {
            var document = new JsonObject
            {
                ["scenario"] = "example",
                ["title"] = "Example",
                ["sources"] = new JsonObject(),
                ["actors"] = new JsonArray(new JsonObject { ["id"] = "a", ["kind"] = "company", ["name"] = "A" }),
                ["events"] = new JsonArray(YamlJson.Convert(spec.Example)),
            };

            var errors = SchemaCheck.Errors(document);

            Assert.True(errors.Count == 0, $"{spec.Name}: {spec.Example}{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
