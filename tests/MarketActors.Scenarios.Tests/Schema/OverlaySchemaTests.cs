using System.Text.Json.Nodes;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Schema;

namespace MarketActors.Scenarios.Tests.Schema;

public sealed class OverlaySchemaTests
{
    private static readonly string Committed = Path.Combine(Paths.Root, ScenarioSchema.OverlayFilePath);

    public static TheoryData<string> Overlays() =>
        [.. Directory.GetFiles(Path.Combine(Paths.Root, "scenarios", "what-if"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_committed_overlay_schema_is_the_generated_one_byte_for_byte()
    {
        var generated = ScenarioSchema.GenerateOverlay();
        if (Paths.Regenerate)
        {
            File.WriteAllText(Committed, generated);
        }

        Assert.True(
            File.Exists(Committed) && File.ReadAllText(Committed) == generated,
            $"{ScenarioSchema.OverlayFilePath} is not what ScenarioSchema.GenerateOverlay() makes. Regenerate it from the repository's root with: "
            + $"{ScenarioSchema.RegenerateOverlayCommand} (or run these tests once with MARKETACTORS_REGENERATE=1).");
    }

    [Fact]
    public void Its_sections_are_the_ones_the_merger_reads()
    {
        var schema = JsonNode.Parse(ScenarioSchema.GenerateOverlay())!;

        Assert.Equal(OverlayMerger.Sections.Order(StringComparer.Ordinal), schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(OverlayMerger.RequiredSections, schema["required"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_overlay_of_the_repository_points_editors_at_the_schema_and_validates(string file)
    {
        var path = Path.Combine(Paths.Root, "scenarios", "what-if", file);

        Assert.Equal("# yaml-language-server: $schema=../overlay.schema.json", File.ReadLines(path).First());
        var errors = SchemaCheck.OverlayErrors(YamlJson.Convert(File.ReadAllText(path)));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData("changes:\n  x-mark: { value: 12B }\n", "unknown overlay section 'changes'")]
    [InlineData("change:\n  x-mark: { id: other }\n", "an event's id cannot change")]
    [InlineData("remove: x-mark\n", "remove: is a list of the ids of the events to remove")]
    public void A_broken_overlay_fails_both_the_schema_and_the_validator(string tail, string message)
    {
        var text = "overlay: broken\ntitle: Broken\nbase: stargate-2025\n" + tail;

        var errors = SchemaCheck.OverlayErrors(YamlJson.Convert(text));
        var result = ScenarioLoader.CompileAndCheck(File.ReadAllText(Paths.Seed), "stargate-2025.yaml", [new ScenarioText(text, "broken.yaml")]);

        Assert.NotEmpty(errors);
        Assert.Contains(result.Diagnostics, d => d.File == "broken.yaml" && d.Message.Contains(message, StringComparison.Ordinal));
    }
}
