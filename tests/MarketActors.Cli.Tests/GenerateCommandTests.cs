namespace MarketActors.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_writes_a_file_that_validate_accepts()
    {
        var dir = Directory.CreateTempSubdirectory("ma-generate-");
        try
        {
            var path = Path.Combine(dir.FullName, "worlds", "small.yaml");

            var (code, output, errors) = await Cli.Run("generate", "--actors", "120", "--events", "2000", "--seed", "4", "--out", path);

            Assert.True(code == ExitCodes.Ok, errors);
            Assert.Contains("120 actors, 2,000 events", output, StringComparison.Ordinal);
            var (validated, said, problems) = await Cli.Run("validate", path);
            Assert.True(validated == ExitCodes.Ok, problems);
            Assert.Contains("120 actors, 2000 events, 366 dates", said, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Generate_without_out_prints_the_scenario()
    {
        var (code, output, _) = await Cli.Run("generate", "--actors", "20", "--events", "200");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("# A generated world: 20 actors, 200 events, seed 1.", output, StringComparison.Ordinal);
        Assert.Equal(200, output.Split('\n').Count(l => l.StartsWith("  - { at: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--actors", "5", "--actors: a world has at least 20 actors, not 5")]
    [InlineData("--events", "10", "--events: a world of 3,000 actors needs at least 3,450 events to set it up, not 10")]
    [InlineData("--days", "0", "--days: at least 1, not 0")]
    public async Task Generate_refuses_a_world_it_cannot_set_up_with_exit_code_2(string option, string value, string message)
    {
        var (code, _, errors) = await Cli.Run("generate", option, value);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }
}
