namespace MarketActors.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public async Task Schema_prints_the_committed_json_schema_byte_for_byte()
    {
        var (code, output, errors) = await Cli.Run("schema");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(errors);
        Assert.Equal(File.ReadAllText(Path.Combine(Paths.Root, "scenarios", "scenario.schema.json")), output);
    }
}
