namespace MarketActors.Cli.Tests;

/// <summary>
/// The story as known at a date beside the story as later revised, on the repository's made-up story of late
/// disclosures: replay, validate and compare, on both engines.
/// </summary>
public sealed class TwoTimesTests : IDisposable
{
    private static readonly string Story = Path.Combine(Paths.Root, "scenarios", "disclosures-2025.yaml");

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ma-two-times-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Replay_as_known_at_a_date_writes_that_view_the_same_on_both_engines()
    {
        var grains = Path.Combine(_dir.FullName, "grains");
        var reference = Path.Combine(_dir.FullName, "reference");

        var a = await Cli.Run("replay", Story, "--as-known-at", "2025-05-01", "--out", grains, "--quiet");
        var b = await Cli.Run("replay", Story, "--as-known-at", "2025-05-01", "--out", reference, "--quiet", "--engine", "reference");

        Assert.True(a.Code == ExitCodes.Ok, a.Err);
        Assert.True(b.Code == ExitCodes.Ok, b.Err);
        foreach (var file in Directory.GetFiles(grains, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(reference, Path.GetRelativePath(grains, file))));
        }

        // Known by 1 May: 9 of the 14 events (the capital call disclosed on 1 April is among them; the revisions, the
        // rulings and the resolution of June are not), and the round at the $1B first reported.
        var timeline = File.ReadAllText(Path.Combine(grains, "timeline.json"));
        Assert.Contains("\"view\": \"as-known-at\",\n  \"knownAt\": \"2025-05-01\",", timeline, StringComparison.Ordinal);
        Assert.Contains("Scenario disclosures-2025 · 9 events, 2025-01-10 to 2025-05-01", a.Out, StringComparison.Ordinal);
        Assert.Contains("\"description\": \"Fund A invests $1B in Lab North for 10%\"", timeline, StringComparison.Ordinal);
        Assert.Contains("\"known\": \"2025-04-01\"", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("\"revisions\"", timeline, StringComparison.Ordinal);
        Assert.Contains("The story as known at 2025-05-01.", File.ReadAllText(Path.Combine(grains, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_replay_as_later_revised_lists_each_revision_with_its_figures_and_sources()
    {
        var (code, _, errors) = await Cli.Run("replay", Story, "--out", _dir.FullName, "--quiet", "--engine", "reference");

        Assert.True(code == ExitCodes.Ok, errors);
        var timeline = File.ReadAllText(Path.Combine(_dir.FullName, "timeline.json"));
        Assert.Contains("\"view\": \"as-revised\",\n  \"events\"", timeline, StringComparison.Ordinal);
        Assert.Contains(
            "\"revisions\": [\n        {\n          \"date\": \"2025-06-10\",\n          \"known\": \"2025-06-10\",\n          \"id\": \"n1-cost\",\n          \"figures\": [\n            {\n              \"field\": \"training-cost\",\n              \"before\": \"~6000000\",\n              \"after\": \"1200000000\"\n            }\n          ],\n          \"sources\": [\n            \"filing#p12\"\n          ]",
            timeline,
            StringComparison.Ordinal);
        Assert.Contains("The story as later revised.", File.ReadAllText(Path.Combine(_dir.FullName, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_sets_the_story_as_known_at_a_date_beside_the_story_as_later_revised()
    {
        var (code, output, errors) = await Cli.Run("compare", Story, "--left-as-known-at", "2025-05-01", "--until", "2025-05-01");

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("disclosures-2025.yaml as known at 2025-05-01 compared with disclosures-2025.yaml as later revised", output, StringComparison.Ordinal);

        // What the later filings changed about the first four months: $1.5B, not $1B, for 10% values Lab North at
        // $15B, not $10B; N1 cost $1.2B, not ~$6M (a difference of $1.194B). Fund A, Lab North: 6 metrics, 2 events.
        Assert.Contains("2 actors differ in 6 metrics; 2 events differ.", output, StringComparison.Ordinal);
        Assert.Matches(@"Lab North\s*│\s*valuation\s*│\s*\$10B\s*│\s*\$15B\s*│\s*\+\$5B\s*│\s*since 2025-01-10", output);
        Assert.Matches(@"Lab North\s*│\s*training cost\s*│\s*\$6M\s*│\s*\$1\.2B\s*│\s*\+\$1\.194B\s*│\s*since 2025-01-20", output);
        Assert.Matches(@"Fund A\s*│\s*cash\s*│\s*-\$3B\s*│\s*-\$3\.5B\s*│\s*-\$500M", output);
    }

    [Fact]
    public async Task Validate_checks_the_view_it_is_asked_for()
    {
        // The bank's loan is disclosed on 1 March; the sale of 1 February was known at once: fine as later revised, but
        // as known at 15 February nobody holds Acme's debt yet.
        var file = Path.Combine(_dir.FullName, "sale.yaml");
        File.WriteAllText(file, """
            scenario: sale-before-loan
            title: A sale known before the loan
            sources:
              memo: { title: Memo }
            actors:
              - { id: acme, kind: company, name: Acme }
              - { id: bank, kind: investor, name: Bank }
            events:
              - { at: 2025-01-01, known: 2025-03-01, type: loan-made, borrower: acme, lender: bank, amount: 1B, source: memo#1 }
              - { at: 2025-02-01, type: debt-sold, borrower: acme, face: 100M, price: 90%, source: memo#2 }
            """);

        var revised = await Cli.Run("validate", file);
        var february = await Cli.Run("validate", file, "--as-known-at", "2025-02-15");
        var may = await Cli.Run("validate", Story, "--as-known-at", "2025-05-01");

        Assert.Equal(ExitCodes.Ok, revised.Code);
        Assert.Equal(ExitCodes.InvalidInput, february.Code);
        Assert.Contains($"{file}:10:5: debt-sold event, as known at 2025-02-15: The sellers hold $0 of Acme debt and cannot sell $100M", february.Err, StringComparison.Ordinal);
        Assert.Contains($"ok {Story} as known at 2025-05-01: 5 actors, 9 events, 8 dates", may.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replay", "--as-known-at")]
    [InlineData("validate", "--as-known-at")]
    [InlineData("compare", "--left-as-known-at")]
    [InlineData("compare", "--right-as-known-at")]
    public async Task A_view_date_that_is_not_a_date_is_invalid_input(string command, string option)
    {
        var (code, output, errors) = await Cli.Run(command, Story, option, "someday");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(option + ":", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_with_one_file_needs_a_view()
    {
        var (code, output, errors) = await Cli.Run("compare", Story);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--left-as-known-at", output + errors, StringComparison.Ordinal);
    }
}
