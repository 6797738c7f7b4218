using System.Globalization;
using System.Text;

namespace MarketActors.Scenarios.Tests;

public sealed class ScenarioLoaderTests
{
    private const int GeneratedEvents = 50_000;

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Finds_the_one_bad_event_among_fifty_thousand_and_reports_only_it()
    {
        var (text, badLine, badColumn) = Generate(bad: (GeneratedEvents - 10, "  - { at: {0}, type: funding-pledged, project: stargte, amount: 1M, source: herald#F02 }"), badWord: "stargte");

        var result = await Task.Run(() => ScenarioLoader.CompileAndCheck(text, "generated.yaml")).WaitAsync(HangGuard);

        Assert.Equal([$"generated.yaml:{badLine}:{badColumn}: 'stargte' is not an actor in this scenario (did you mean 'stargate'?)"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Dry_runs_fifty_thousand_events_and_reports_a_rule_broken_near_the_end_at_its_event()
    {
        // The bank lent 100B at the start; a sale of 200B of face near the end breaks the rules only on replay.
        var (text, badLine, badColumn) = Generate(bad: (GeneratedEvents - 10, "  - { at: {0}, type: debt-sold, borrower: x-corp, face: 200B, price: 90%, source: herald#F17 }"), badWord: "{");

        var result = await Task.Run(() => ScenarioLoader.CompileAndCheck(text, "generated.yaml")).WaitAsync(HangGuard);

        Assert.Equal([$"generated.yaml:{badLine}:{badColumn}: debt-sold event: The sellers hold $100B of X Corp debt and cannot sell $200B"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_before_reading_it_and_names_the_setting_that_raises_it()
    {
        var dir = Directory.CreateTempSubdirectory("scenario-size-");
        try
        {
            // A sparse file one byte over the default limit of 256 MiB: refused before a byte of it is read.
            var path = Path.Combine(dir.FullName, "huge.yaml");
            using (var file = File.Create(path))
            {
                file.SetLength(ScenarioLoader.DefaultMaxBytes + 1);
            }

            var result = ScenarioLoader.Load(path);

            Assert.Null(result.Scenario);
            Assert.Equal([$"{path}:1:1: the file has 268,435,457 bytes; scenario files are limited to 268,435,456 bytes (256 MiB): set MARKETACTORS_MAX_FILE_MB to a larger number of MiB to read it"], result.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_size_limit_is_a_setting()
    {
        Assert.Null(Environment.GetEnvironmentVariable(ScenarioLoader.MaxMegabytesVariable));
        Assert.Equal(256L * 1024 * 1024, ScenarioLoader.MaxBytes);
        try
        {
            Environment.SetEnvironmentVariable(ScenarioLoader.MaxMegabytesVariable, "1024");
            Assert.Equal(1024L * 1024 * 1024, ScenarioLoader.MaxBytes);

            // What is not a whole, positive number of MiB leaves the default.
            Environment.SetEnvironmentVariable(ScenarioLoader.MaxMegabytesVariable, "lots");
            Assert.Equal(ScenarioLoader.DefaultMaxBytes, ScenarioLoader.MaxBytes);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ScenarioLoader.MaxMegabytesVariable, null);
        }
    }

    [Fact]
    public void Reports_a_missing_file_a_directory_and_text_that_is_not_utf8()
    {
        var dir = Directory.CreateTempSubdirectory("scenario-load-");
        try
        {
            var missing = Path.Combine(dir.FullName, "missing.yaml");
            var latin1 = Path.Combine(dir.FullName, "latin1.yaml");
            File.WriteAllBytes(latin1, [.. Encoding.ASCII.GetBytes("title: Soci"), 0xE9, 0x74, 0xE9, (byte)'\n']);

            Assert.Equal([$"{missing}:1:1: no such file"], ScenarioLoader.Load(missing).Diagnostics.Select(d => d.ToString()));
            Assert.Equal([$"{dir.FullName}:1:1: this is a directory, not a scenario file"], ScenarioLoader.Load(dir.FullName).Diagnostics.Select(d => d.ToString()));
            Assert.Equal([$"{latin1}:1:1: the file is not UTF-8 text"], ScenarioLoader.Load(latin1).Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A valid scenario of a loan and <see cref="GeneratedEvents"/> events of five kinds, one a day, with
    /// <paramref name="bad"/> (a line format taking the date) put in place of the event at its index.
    /// </summary>
    private static (string Text, int BadLine, int BadColumn) Generate((int Index, string Line) bad, string badWord)
    {
        var text = new StringBuilder("""
            scenario: generated
            title: Fifty thousand events
            sources:
              herald: { title: Herald }
            catalog:
              gpus:
                H100: { bf16-pflops: 0.989, watts: 700 }
            actors:
              - { id: stargate, kind: project, name: Stargate }
              - { id: abilene, kind: project, name: Abilene campus, parent: stargate }
              - { id: x-corp, kind: company, name: X Corp }
              - { id: musk, kind: investor, name: Elon Musk }
              - { id: morgan-stanley, kind: investor, name: Morgan Stanley }
            people:
              - { id: trump, name: Donald Trump }
            events:
              - { at: 1950-01-01, type: loan-made, borrower: x-corp, lender: morgan-stanley, amount: 100B, source: herald#F20 }

            """);
        var line = 18;
        var (badLine, badColumn) = (0, 0);
        for (var i = 0; i < GeneratedEvents; i++, line++)
        {
            var date = new DateOnly(1950, 1, 2).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string entry;
            if (bad.Index == i)
            {
                entry = bad.Line.Replace("{0}", date, StringComparison.Ordinal);
                (badLine, badColumn) = (line, entry.IndexOf(badWord, StringComparison.Ordinal) + 1);
            }
            else
            {
                entry = (i % 5) switch
                {
                    0 => $"  - {{ at: {date}, type: funding-pledged, project: stargate, amount: 1M, source: herald#F02 }}",
                    1 => $"  - {{ at: {date}, type: gpus-planned, site: abilene, gpu: H100, count: 10, source: herald#F12 }}",
                    2 => $"  - {{ at: {date}, type: statement-made, by: trump, about: musk, says: Statement {i}, source: herald#F06 }}",
                    3 => $"  - {{ at: {date}, type: debt-sold, borrower: x-corp, face: 1M, price: 90%..95%, status: offered, source: herald#F17 }}",
                    _ => $"  - {{ at: {date}, type: valuation-marked, company: x-corp, value: {i}M, source: herald#F21 }}",
                };
            }

            text.Append(entry).Append('\n');
        }

        return (text.ToString(), badLine, badColumn);
    }
}
