namespace MarketActors.Cli.Tests;

/// <summary>The replay command on the seed scenario: what it shows, what it writes, and that it writes it the same way twice.</summary>
public sealed class ReplayCommandTests
{
    [Fact]
    public async Task Replaying_the_seed_shows_the_figures_an_analyst_asks_about()
    {
        var (code, output, errors) = await Cli.Run("replay", Paths.Seed);

        Assert.True(code == ExitCodes.Ok, errors);
        // Stargate: $500B announced, $100B first tranche, Musk's contested "< $10B".
        Assert.Contains("Stargate announces $500B over 4y", output, StringComparison.Ordinal);
        Assert.Contains("Partners pledge $100B to Stargate (first phase)", output, StringComparison.Ordinal);
        Assert.Contains("< $10B secured by SoftBank Group, says Elon Musk (herald#F05)", output, StringComparison.Ordinal);
        // Compute: Abilene 100,000 online of 700,000 planned (exact); Colossus 200,000 of 1,000,000+ (200,000 and "over"
        // 800,000 more: the "+" is kept).
        Assert.Matches(@"Abilene campus\s*│\s*OpenAI\s*│\s*100,000\s*│\s*700,000\s*│", output);
        Assert.Matches(@"Colossus\s*│\s*xAI\s*│\s*200,000\s*│\s*1,000,000\+\s*│", output);
        // X Corp: $13B lent, $1B of it sold at 92.5% (a realised loss of $75M), the $12B kept marked at 92.5%
        // ($11.1B, $900M unrealised), and the lenders' loss across 90%..95%: 10% or 5% of $13B.
        Assert.Matches(@"Original lenders\s*│\s*\$13B\s*│\s*—\s*│\s*\$1B\s*│\s*\$12B\s*│\s*\$11\.1B\s*│\s*-\$75M\s*│\s*-\$900M\s*│\s*-\$975M\s*│\s*-\$1\.3B to -\$650M", output);
        // The private buyers paid $925M for ~$1B of face and hold it at the same price: no gain yet, and apart from the lenders.
        Assert.Matches(@"Buyers\s*│\s*—\s*│\s*\$1B\s*│\s*—\s*│\s*\$1B\s*│\s*\$925M\s*│\s*—\s*│\s*—\s*│\s*—", output);
        Assert.Matches(@"2025-01-17\s*│\s*~\$1B\s*│\s*90%–95%\s*│\s*\$925M\s*│\s*\$75M\s*│\s*Morgan Stanley \$269\.231M for \$249\.038M", output);
        Assert.DoesNotContain("All holders", output, StringComparison.Ordinal);
        // The $9.4B mark and what it did to Musk (79% of -$34.6B).
        Assert.Matches(@"X Corp\s*│\s*\$44B → \$9\.4B\s*│\s*-\$34\.6B \(-78\.64%\)\s*│\s*Elon Musk\s*│\s*-\$27\.334B", output);
        // DeepSeek R1 at about $5.5M, against Stargate's $500B.
        Assert.Matches(@"DeepSeek-R1\s*│\s*~\$5\.5M\s*│\s*90,909×", output);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Two_replays_of_the_seed_write_byte_identical_files()
    {
        var first = Directory.CreateTempSubdirectory("ma-replay-");
        var second = Directory.CreateTempSubdirectory("ma-replay-");
        try
        {
            var a = await Cli.Run("replay", Paths.Seed, "--out", first.FullName, "--quiet");
            var b = await Cli.Run("replay", Paths.Seed, "--out", second.FullName, "--quiet");

            Assert.Equal(ExitCodes.Ok, a.Code);
            Assert.Equal(ExitCodes.Ok, b.Code);
            var files = first.GetFiles("*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.FullName, f.FullName)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(["charts/capital.png", "charts/compute.png", "charts/net-worth.png", "ledger.csv", "series.csv", "summary.md", "timeline.json"], files);
            foreach (var name in files)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(first.FullName, name)), File.ReadAllBytes(Path.Combine(second.FullName, name)));
            }
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_grain_engine_and_the_reference_replayer_write_the_same_files()
    {
        var grains = Directory.CreateTempSubdirectory("ma-grains-");
        var reference = Directory.CreateTempSubdirectory("ma-reference-");
        try
        {
            Assert.Equal(ExitCodes.Ok, (await Cli.Run("replay", Paths.Seed, "--out", grains.FullName, "--quiet")).Code);
            Assert.Equal(ExitCodes.Ok, (await Cli.Run("replay", Paths.Seed, "--out", reference.FullName, "--quiet", "--engine", "reference")).Code);

            foreach (var file in grains.GetFiles("*", SearchOption.AllDirectories))
            {
                Assert.Equal(File.ReadAllBytes(file.FullName), File.ReadAllBytes(Path.Combine(reference.FullName, Path.GetRelativePath(grains.FullName, file.FullName))));
            }
        }
        finally
        {
            grains.Delete(recursive: true);
            reference.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Until_stops_the_replay_after_the_date()
    {
        var (code, output, _) = await Cli.Run("replay", Paths.Seed, "--until", "2025-01-21", "--engine", "reference");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Stargate announces $500B", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Colossus: 200,000 H100 online", output, StringComparison.Ordinal);
        Assert.Contains("to 2025-01-21", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--until", "someday")]
    [InlineData("--engine", "quantum")]
    public async Task Bad_options_exit_with_code_2_and_say_why(string option, string value)
    {
        var (code, output, errors) = await Cli.Run("replay", Paths.Seed, option, value);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(option, output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_invalid_input_with_a_position()
    {
        var (code, _, errors) = await Cli.Run("replay", "no/such/scenario.yaml");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal("no/such/scenario.yaml:1:1: no such file", errors.Trim());
    }
}
