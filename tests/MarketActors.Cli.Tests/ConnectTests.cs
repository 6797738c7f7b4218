using MarketActors.Cli.Hosting;

namespace MarketActors.Cli.Tests;

/// <summary>replay --connect: the CLI as a client of a running silo, with the same output as on its own silo.</summary>
public sealed class ConnectTests
{
    [Fact]
    public async Task Replaying_on_a_running_silo_writes_the_same_files_as_on_the_embedded_one()
    {
        await using var silo = await EmbeddedSilo.StartAsync(CancellationToken.None);
        var remote = Directory.CreateTempSubdirectory("ma-remote-");
        var local = Directory.CreateTempSubdirectory("ma-local-");
        try
        {
            var connected = await Cli.Run("replay", Paths.Seed, "--connect", $"127.0.0.1:{silo.GatewayPort}", "--out", remote.FullName);
            var embedded = await Cli.Run("replay", Paths.Seed, "--out", local.FullName);

            Assert.True(connected.Code == ExitCodes.Ok, connected.Err);
            Assert.Contains($"replayed by grains on the silo at 127.0.0.1:{silo.GatewayPort}", connected.Out, StringComparison.Ordinal);
            Assert.Equal(Tables(embedded.Out), Tables(connected.Out));
            foreach (var file in local.GetFiles("*", SearchOption.AllDirectories))
            {
                var other = Path.Combine(remote.FullName, Path.GetRelativePath(local.FullName, file.FullName));
                Assert.Equal(File.ReadAllBytes(file.FullName), File.ReadAllBytes(other));
            }
        }
        finally
        {
            remote.Delete(recursive: true);
            local.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Connecting_where_no_silo_listens_fails_with_what_to_do()
    {
        var (code, _, errors) = await Cli.Run("replay", Paths.Seed, "--connect", "127.0.0.1:9", "--quiet");

        Assert.Equal(ExitCodes.InternalFailure, code);
        Assert.Contains("No MarketActors silo answered at 127.0.0.1:9", errors, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/MarketActors.Silo", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--pace", "-1")]
    [InlineData("--connect", "127.0.0.1:30000", "--engine", "reference")]
    public async Task Contradictory_or_negative_options_are_invalid_input(params string[] options)
    {
        var (code, output, errors) = await Cli.Run(["replay", Paths.Seed, .. options]);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(options[0], output + errors, StringComparison.Ordinal);
    }

    /// <summary>Everything after the heading line, which names the engine.</summary>
    private static string Tables(string output) => output[(output.IndexOf('\n', output.IndexOf("Scenario ", StringComparison.Ordinal)) + 1)..]
        .Replace("Wrote", "\u0000", StringComparison.Ordinal).Split('\u0000')[0];
}
