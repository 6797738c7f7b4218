using System.Reflection;
using System.Text.RegularExpressions;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Schema;

namespace MarketActors.Scenarios.Tests.Schema;

public sealed partial class FormatReferenceTests
{
    private const string ExampleFile = "scenarios/harbour-ai-2025.yaml";

    /// <summary>Mistakes made on the reference's example: what is changed, and what the reference shows of it.</summary>
    public static TheoryData<string, string, string, string> Mistakes => new()
    {
        { "misspelt event type", "    type: valuation-marked\n", "    type: valuation-mark\n", "type: valuation-mark" },
        { "misspelt field", "    stake: 20%\n", "    stak: 20%\n", "stak: 20%" },
        { "missing required field", "    amount: 2B\n", string.Empty, "amount:" },
        { "undeclared actor", "    investor: north-fund\n", "    investor: nord-fund\n", "investor: nord-fund" },
        { "wrong kind of actor", "    site: harbour-campus\n", "    site: north-fund\n", "site: north-fund" },
        { "person in an actor's role", "    about: harbour-ai\n", "    about: jane-doe\n", "about: jane-doe" },
        { "unknown kind", "{ id: big-bank, kind: investor,", "{ id: big-bank, kind: bank,", "kind: bank" },
        { "person with an actor's id", "  - { id: jane-doe,", "  - { id: north-fund,", "id: north-fund, name: Jane Doe" },
        { "duplicate event id", "    type: gpus-planned\n", "    type: gpus-planned\n    id: harbour-loan\n", "id: harbour-loan" },
        { "undeclared source", "    source: wire#p1\n", "    source: wires#p1\n", "source: wires#p1" },
        { "one-word citation", "    source: filing\n", "    source: reuters\n", "source: reuters" },
        { "missing source", "    source: wire#p2\n", string.Empty, "source:" },
        { "foreign currency", "    amount: 2B\n", "    amount: €2B\n", "amount: €2B" },
        { "amount in words", "    amount: 2B\n", "    amount: 2 billion dollars\n", "amount: 2 billion dollars" },
        { "count with a noun", "    count: 50k\n", "    count: 50,000 GPUs\n", "count: 50,000 GPUs" },
        { "count with a fraction", "    count: 50k\n", "    count: 50000.5\n", "count: 50000.5" },
        { "date in another form", "  - at: 2025-06-30\n", "  - at: 30/06/2025\n", "at: 30/06/2025" },
        { "range where one value is needed", "    stake: 20%\n", "    stake: 15%..25%\n", "stake: 15%..25%" },
        { "two ways at once", "    amount: 1B\n", "    amount: 1B\n    lenders: { big-bank: 1B }\n", "lenders: { big-bank: 1B }" },
        { "GPU not in the catalog", "    gpu: GB200\n", "    gpu: B200\n", "gpu: B200" },
        { "scenario id not kebab-case", "scenario: harbour-ai-2025\n", "scenario: Harbour AI 2025\n", "scenario: Harbour AI 2025" },
        { "colon in text", "    says: We will run the largest cluster on the coast\n", "    says: Our aim: the largest cluster on the coast\n", "says: Our aim: the largest cluster on the coast" },
        { "value starting with >", "    change: -10%\n", "    change: >= -10%\n", "change: >= -10%" },
        { "selling more debt than is held", "  - at: 2025-06-30\n", "  - at: 2025-05-01\n    type: debt-sold\n    borrower: harbour-ai\n    face: 2B\n    price: 95%\n    source: filing\n\n  - at: 2025-06-30\n", "face: 2B" },
    };

    private static string Reference => File.ReadAllText(Paths.FormatReference);

    [Fact]
    public void The_generated_parts_of_the_reference_are_current()
    {
        var current = Reference;
        var spliced = FormatReference.Splice(current);
        if (Paths.Regenerate && spliced != current)
        {
            File.WriteAllText(Paths.FormatReference, spliced);
            current = spliced;
        }

        Assert.True(
            spliced == current,
            $"The generated parts of {FormatReference.FilePath} are out of date with the scenario format. Regenerate them from the "
            + "repository's root with: MARKETACTORS_REGENERATE=1 dotnet test tests/MarketActors.Scenarios.Tests");
    }

    [Fact]
    public void Every_generated_part_is_marked_once_and_in_order()
    {
        var reference = Reference;
        var at = 0;
        foreach (var (name, _) in FormatReference.Parts())
        {
            var begin = FormatReference.Begin(name);
            Assert.True(Count(reference, begin) == 1, $"{FormatReference.FilePath} should mark the part '{name}' once with {begin}");
            Assert.True(Count(reference, FormatReference.End(name)) == 1, $"{FormatReference.FilePath} should close the part '{name}' once with {FormatReference.End(name)}");
            var found = reference.IndexOf(begin, StringComparison.Ordinal);
            Assert.True(found > at, $"the part '{name}' is out of order in {FormatReference.FilePath}");
            at = found;
        }
    }

    [Fact]
    public void Every_event_type_has_a_paragraph_on_what_it_does_to_the_books()
    {
        var reference = Reference;
        foreach (var spec in EventCatalog.All)
        {
            var end = reference.IndexOf(FormatReference.End(FormatReference.EventPart(spec.Name)), StringComparison.Ordinal);
            Assert.True(end >= 0, $"{spec.Name} has no part in {FormatReference.FilePath}");
            var next = reference.IndexOf("<!-- ", end + 1, StringComparison.Ordinal);
            var after = reference[end..(next < 0 ? reference.Length : next)];

            Assert.True(after.Contains("**On the books.**", StringComparison.Ordinal), $"write what {spec.Name} does to the books after its part, as **On the books.** ...");
        }
    }

    [Fact]
    public void The_example_compiles_dry_runs_and_validates_against_the_schema()
    {
        var example = Example();

        var result = ScenarioLoader.CompileAndCheck(example, ExampleFile);
        var errors = SchemaCheck.Errors(YamlJson.Convert(example));

        Assert.Empty(result.Diagnostics);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.StartsWith("# yaml-language-server: $schema=./scenario.schema.json\n", example, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_is_the_file_in_the_scenarios_folder()
    {
        var file = File.ReadAllText(Path.Combine(Paths.Root, "scenarios", ExampleFile.Replace("scenarios/", string.Empty, StringComparison.Ordinal)));

        Assert.Equal(Example(), file);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_common_mistake_shows_what_the_validator_says(string mistake, string from, string to, string shown)
    {
        var example = Example();
        var at = example.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{mistake}: the example has no '{from.Trim()}'");
        var broken = example[..at] + to + example[(at + from.Length)..];

        var diagnostics = ScenarioLoader.CompileAndCheck(broken, ExampleFile).Diagnostics.Select(d => d.ToString()).ToList();
        var reference = Reference;

        Assert.NotEmpty(diagnostics);
        Assert.True(reference.Contains(shown, StringComparison.Ordinal), $"{mistake}: the reference does not show '{shown}'");
        foreach (var diagnostic in diagnostics)
        {
            Assert.True(reference.Contains($"\n{diagnostic}\n", StringComparison.Ordinal), $"{mistake}: the reference does not show, on a line of its own: {diagnostic}");
        }
    }

    [Fact]
    public void Every_account_of_the_chart_is_in_the_reference()
    {
        var reference = Reference;
        var books = new[] { Accounts.BalanceBook, Accounts.MemoBook };
        var names = typeof(Accounts).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(n => !books.Contains(n))
            .Concat(typeof(Accounts).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType: var t }] && t == typeof(ActorId))
                .Select(m => (string)m.Invoke(null, [new ActorId($"<{m.GetParameters()[0].Name}>")])!))
            .ToList();

        Assert.NotEmpty(names);
        // A prefix (revaluation:) names one account per position: its row is written revaluation:<position>.
        names = [.. names.Select(n => n.EndsWith(':') ? n + "<position>" : n)];
        Assert.All(names, n => Assert.True(reference.Contains($"| `{n}` |", StringComparison.Ordinal), $"the chart of accounts has no row for `{n}`"));
    }

    [Fact]
    public void Every_link_within_the_reference_leads_to_a_heading()
    {
        var reference = Reference;
        var anchors = Heading().Matches(reference).Select(m => Slug(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var links = Link().Matches(reference).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(anchors.Contains(l), $"no heading for the link #{l}"));
    }

    private static string Example()
    {
        var reference = Reference;
        var section = reference.IndexOf("## A complete small example", StringComparison.Ordinal);
        var start = reference.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;
        var end = reference.IndexOf("```\n", start, StringComparison.Ordinal);
        return reference[start..end];
    }

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading) =>
        new string([.. heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]).Replace(' ', '-');

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\]\(#([^)]+)\)")]
    private static partial Regex Link();
}
