using System.Diagnostics;
using System.Text;

namespace MarketActors.Cli.Tests.Support;

/// <summary>
/// A command line the help or the docs give (the words after <c>marketactors</c>), made runnable in this process:
/// files of the repository by their full path, globs expanded as a shell would, <c>--out</c> directories moved
/// under a temporary directory, <c>--connect</c> pointed at the test's silo, and a redirection of standard output
/// dropped (the output is captured instead).
/// </summary>
internal sealed class DocumentedCommand
{
    private readonly List<string> _args = [];
    private readonly List<string> _outDirs = [];
    private readonly List<string> _changes = [];

    public DocumentedCommand(string text, IReadOnlyList<string> words, string tempRoot, int gatewayPort)
    {
        Text = text;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "--out" or "-o" && i + 1 < words.Count)
            {
                var dir = Path.Combine(tempRoot, words[++i]);
                _args.AddRange([word, dir]);
                _outDirs.Add(dir);
            }
            else if (word == "--connect" && i + 1 < words.Count)
            {
                _args.AddRange([word, $"127.0.0.1:{gatewayPort}"]);
                _changes.Add($"--connect {words[++i]} → the test's silo");
            }
            else if (word.StartsWith('>'))
            {
                var target = word.Length > 1 ? word[1..] : i + 1 < words.Count ? words[++i] : string.Empty;
                _changes.Add($"standard output captured, not written to {target}");
            }
            else if (word.Contains('*', StringComparison.Ordinal))
            {
                _args.AddRange(Glob(word));
            }
            else
            {
                _args.Add(InRepository(word));
            }
        }

        IsPaced = words.Contains("--pace");
    }

    /// <summary>The command line as written.</summary>
    public string Text { get; }

    /// <summary>What was changed to run it here, beyond full paths and temporary output directories.</summary>
    public IReadOnlyList<string> Changes => _changes;

    private bool IsPaced { get; }

    /// <summary>Splits a shell line into words; quotes group words (the docs need no escapes).</summary>
    public static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>
    /// Runs the command in process; returns null when it succeeded, or what went wrong: an exit code other than 0,
    /// an output directory left empty, or a paced replay on the silo that never waited.
    /// </summary>
    public async Task<string?> RunAsync(PacedSilo silo, Action<string> log)
    {
        var waits = silo.Clock.Waits;
        var clock = Stopwatch.StartNew();
        var (code, _, errors) = await Cli.Run([.. _args]);
        log($"{clock.Elapsed.TotalSeconds,5:0.0}s  exit {code}  {Text}{(_changes.Count == 0 ? string.Empty : "  (" + string.Join("; ", _changes) + ")")}");
        if (code != ExitCodes.Ok)
        {
            return $"{Text}: exit code {code}: {errors.Trim()}";
        }

        // --out names a folder, or (generate --out world.yaml) the file itself.
        if (_outDirs.Any(d => Path.HasExtension(d) ? !File.Exists(d) || new FileInfo(d).Length == 0 : !Directory.Exists(d) || Directory.GetFiles(d).Length == 0))
        {
            return $"{Text}: wrote nothing to its --out folder or file";
        }

        return IsPaced && _changes.Any(c => c.StartsWith("--connect", StringComparison.Ordinal)) && silo.Clock.Waits == waits
            ? $"{Text}: the silo never waited between ticks although the command sets a pace"
            : null;
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var dir = Path.Combine(Paths.Root, Path.GetDirectoryName(pattern) ?? string.Empty);
        var files = Directory.GetFiles(dir, Path.GetFileName(pattern)).Order(StringComparer.Ordinal).ToArray();
        return files.Length == 0 ? [pattern] : files;
    }

    private static string InRepository(string word) =>
        !word.StartsWith('-') && File.Exists(Path.Combine(Paths.Root, word)) ? Path.Combine(Paths.Root, word) : word;
}
