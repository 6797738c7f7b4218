namespace MarketActors.Scenarios.Tests;

/// <summary>
/// The bad-input corpus: every file in BadInput/ must give exactly the diagnostics written in its .expected file,
/// in order, and never throw. Files are compiled under their bare name so that expectations do not depend on
/// where the repository is checked out.
/// </summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "BadInput");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_bad_file_gives_exactly_its_expected_diagnostics_in_file_order(string name)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Folder, name + ".yaml"));
        var expected = (await File.ReadAllLinesAsync(Path.Combine(Folder, name + ".expected"))).Where(l => l.Length > 0).ToArray();

        var result = await Task.Run(() => ScenarioLoader.CompileAndCheck(text, name + ".yaml")).WaitAsync(HangGuard);

        Assert.Null(result.Scenario);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void The_corpus_is_all_there_and_every_file_has_its_expectations()
    {
        var yaml = Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var expected = Directory.EnumerateFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        Assert.True(yaml.Count >= 22, $"only {yaml.Count} bad-input files were copied to {Folder}");
        Assert.Equal(yaml.Order(), expected.Order());
    }

    [Fact]
    public async Task No_diagnostic_carries_a_stack_trace_or_an_exception_name()
    {
        var texts = Directory.EnumerateFiles(Folder, "*.yaml").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).Concat(Awkward.Texts);
        foreach (var (name, text) in texts)
        {
            var result = await Task.Run(() => ScenarioLoader.CompileAndCheck(text, name)).WaitAsync(HangGuard);

            Assert.NotEmpty(result.Diagnostics);
            foreach (var message in result.Diagnostics.Select(d => d.Message))
            {
                Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
                Assert.DoesNotContain("YamlDotNet", message, StringComparison.Ordinal);
                Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
                Assert.DoesNotContain(".cs:line", message, StringComparison.Ordinal);
                Assert.DoesNotContain("(Line:", message, StringComparison.Ordinal);
                Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
            }
        }
    }
}
