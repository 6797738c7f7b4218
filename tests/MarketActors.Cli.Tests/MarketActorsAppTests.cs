using MarketActors.Cli.Tests.Support;
using Xunit.Abstractions;

namespace MarketActors.Cli.Tests;

/// <summary>The help's examples, read from the help itself, each run as written.</summary>
[Collection(PacedSiloCollection.Name)]
public sealed class MarketActorsAppTests
{
    private readonly PacedSilo _silo;
    private readonly ITestOutputHelper _output;

    public MarketActorsAppTests(PacedSilo silo, ITestOutputHelper output)
    {
        _silo = silo;
        _output = output;
    }

    [Fact]
    public async Task Every_example_of_the_help_runs_and_exits_with_0()
    {
        var examples = await HelpExamples();
        Assert.True(examples.Count >= 5 + 2 + 2 + 3 + 2 + 2, "too few examples found in the help:\n" + string.Join("\n", examples));

        var temp = Directory.CreateTempSubdirectory("ma-examples-");
        var log = new List<string>();
        var failures = new List<string>();
        try
        {
            foreach (var example in examples)
            {
                var command = new DocumentedCommand(example, DocumentedCommand.Split(example)[1..], temp.FullName, _silo.GatewayPort);
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
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nRan:\n" + string.Join("\n", log));
    }

    [Fact]
    public async Task Every_file_an_example_names_is_in_the_repository()
    {
        var examples = await HelpExamples();

        // The files an example reads; not those it writes (generate --out world.yaml).
        var files = examples
            .Select(DocumentedCommand.Split)
            .SelectMany(words => words.Where((w, i) => w.EndsWith(".yaml", StringComparison.Ordinal) && words[i - 1] is not ("--out" or "-o")))
            .Distinct()
            .ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(Paths.Root, f)), $"{f} is not a file of the repository"));
    }

    /// <summary>
    /// The examples, as the help prints them: those of <c>--help</c> and of each command's <c>--help</c> (the
    /// commands read from the help's COMMANDS section), each once, in order.
    /// </summary>
    private static async Task<List<string>> HelpExamples()
    {
        var root = await Help("--help");
        var commands = Section(root, "COMMANDS:").Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(["replay", "compare", "sweep", "validate", "generate", "schema"], commands);

        var examples = Section(root, "EXAMPLES:").ToList();
        foreach (var command in commands)
        {
            examples.AddRange(Section(await Help(command, "--help"), "EXAMPLES:"));
        }

        Assert.All(examples, e => Assert.StartsWith("marketactors ", e, StringComparison.Ordinal));
        return [.. examples.Distinct()];
    }

    private static async Task<string> Help(params string[] args)
    {
        var (code, output, errors) = await Cli.Run(args);
        Assert.True(code == ExitCodes.Ok, errors);
        return output;
    }

    /// <summary>The lines of a help section: from its heading to the next blank line, trimmed; continuation lines of a wrapped description are skipped.</summary>
    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n')
            .SkipWhile(l => l.TrimEnd() != heading)
            .Skip(1)
            .TakeWhile(l => l.Trim().Length > 0)
            .Where(l => l.Length > 4 && l[4] != ' ')
            .Select(l => l.Trim());
}
