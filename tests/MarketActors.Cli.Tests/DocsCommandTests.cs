using System.Text.RegularExpressions;
using MarketActors.Cli.Tests.Support;
using Xunit.Abstractions;

namespace MarketActors.Cli.Tests;

/// <summary>The command lines README.md and docs/*.md give for the CLI, each run as written.</summary>
[Collection(PacedSiloCollection.Name)]
public sealed partial class DocsCommandTests
{
    private const string Readme = "dotnet run --project src/MarketActors.Cli -- replay scenarios/stargate-2025.yaml";

    private readonly PacedSilo _silo;
    private readonly ITestOutputHelper _output;

    public DocsCommandTests(PacedSilo silo, ITestOutputHelper output)
    {
        _silo = silo;
        _output = output;
    }

    [Fact]
    public async Task Every_cli_command_line_of_the_docs_runs_and_exits_with_0()
    {
        var lines = DocumentedLines().ToList();
        var cli = lines.Where(l => CliRun().IsMatch(l.Line)).ToList();
        var skipped = lines.Where(l => !CliRun().IsMatch(l.Line)).Select(l => $"{l.File}: {l.Written}  [{WhyNotRun(l.Line)}]").ToList();
        Assert.Contains(cli, l => l.File == "README.md" && l.Line == Readme);
        Assert.True(cli.Select(l => l.File).Distinct().Count() >= 3, "CLI lines found in fewer than 3 files:\n" + string.Join("\n", cli));

        var temp = Directory.CreateTempSubdirectory("ma-docs-");
        var log = new List<string>();
        var failures = new List<string>();
        try
        {
            foreach (var (file, line, _) in cli)
            {
                var words = DocumentedCommand.Split(CliRun().Replace(line, string.Empty));
                var command = new DocumentedCommand($"{file}: {line}", words, temp.FullName, _silo.GatewayPort);
                if (await command.RunAsync(_silo, log.Add) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        log.ForEach(_output.WriteLine);
        _output.WriteLine("Not run:\n" + string.Join("\n", skipped));
        Assert.True(
            failures.Count == 0,
            string.Join("\n", failures) + "\n\nRan:\n" + string.Join("\n", log) + "\n\nNot run (long-lived processes, not the CLI):\n" + string.Join("\n", skipped));
    }

    /// <summary>
    /// Every <c>dotnet run</c> line in a fenced code block or an inline code span of README.md and docs/*.md, with
    /// its prompt (<c>$ </c>), leading environment variables and trailing comment removed; and as written.
    /// </summary>
    private static IEnumerable<(string File, string Line, string Written)> DocumentedLines()
    {
        var files = new[] { Path.Combine(Paths.Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(Paths.Root, "docs"), "*.md").Order(StringComparer.Ordinal));
        foreach (var path in files)
        {
            var text = File.ReadAllText(path);
            var blocks = FencedBlock().Matches(text).SelectMany(m => m.Groups[1].Value.Split('\n'));
            var spans = InlineCode().Matches(FencedBlock().Replace(text, string.Empty)).Select(m => m.Groups[1].Value);
            foreach (var raw in blocks.Concat(spans))
            {
                var line = Comment().Replace(Prompt().Replace(raw.Trim(), string.Empty), string.Empty).Trim();
                if (line.StartsWith("dotnet run ", StringComparison.Ordinal))
                {
                    yield return (Path.GetRelativePath(Paths.Root, path), line, raw.Trim());
                }
            }
        }
    }

    private static string WhyNotRun(string line) => line switch
    {
        _ when line.Contains("src/MarketActors.Silo", StringComparison.Ordinal) => "starts a silo that runs until stopped",
        _ when line.Contains("src/MarketActors.Dashboard", StringComparison.Ordinal) => "starts the dashboard, a web server that runs until stopped",
        _ when line.Contains("src/MarketActors.Client.Example", StringComparison.Ordinal) => "the example client, not the CLI: it needs a silo at its gateway (MarketActors.Client.Tests runs it)",
        _ => "not the CLI",
    };

    /// <summary>The start of a line that runs the CLI from the sources.</summary>
    [GeneratedRegex(@"^dotnet run (--no-build )?--project src/MarketActors\.Cli --(?= |$)")]
    private static partial Regex CliRun();

    [GeneratedRegex(@"^```[a-z]*\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^(\$ )?([A-Za-z_][A-Za-z0-9_]*=\S+\s+)*")]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();
}
