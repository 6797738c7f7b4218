using System.Globalization;
using MarketActors.Scenarios.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tokens = YamlDotNet.Core.Tokens;

namespace MarketActors.Scenarios.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YNode"/>s with YamlDotNet's parser, keeping every node's position.
/// It refuses what would make later stages slow or unsafe: several documents, duplicate keys, nesting past
/// <see cref="MaxDepth"/>, and aliases that together add more than <see cref="MaxAliasNodes"/> nodes. Nodes written
/// out are not counted: a big honest file is read whole, however many nodes it has.
/// </summary>
public static class YamlReader
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes the aliases of a document may add to it: each use of an alias adds the nodes it names.</summary>
    public const long MaxAliasNodes = 2_000_000;

    /// <summary>Parses <paramref name="text"/>; returns the root, or null with the problems in <paramref name="bag"/>.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="bag">Where problems go; its file is the text's.</param>
    /// <param name="stampFile">Whether every node carries the bag's file in its span (for nodes merged into another file's tree).</param>
    public static YNode? Read(string text, DiagnosticBag bag, bool stampFile = false)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YNode? root = null;
        var documents = 0;
        var aliased = 0L;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var at = new SourceSpan((int)current.Start.Line, (int)current.Start.Column, stampFile ? bag.File : null);
                YNode? completed = null;
                switch (current)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            bag.Add(at, "a scenario file holds one YAML document; remove this '---' and what follows, or split the file");
                            return null;
                        }

                        break;
                    case Scalar scalar:
                        completed = YNode.Scalar(at, scalar.Value, scalar.Style is not ScalarStyle.Plain);
                        Remember(anchors, scalar.Anchor, completed);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out completed))
                        {
                            bag.Add(at, $"alias '*{alias.Value.Value}' names no anchor defined before it");
                            return null;
                        }

                        if (stack.Any(f => ReferenceEquals(f.Node, completed)))
                        {
                            bag.Add(at, $"alias '*{alias.Value.Value}' refers to a node that contains it; recursive aliases are not allowed");
                            return null;
                        }

                        aliased += completed.Weight;
                        if (aliased > MaxAliasNodes)
                        {
                            bag.Add(at, string.Create(CultureInfo.InvariantCulture,
                                $"aliases add more than {MaxAliasNodes:N0} nodes to the document (an alias bomb?): each use of an alias repeats all it names; write the data out or use fewer aliases"));
                            return null;
                        }

                        break;
                    case SequenceStart start:
                        if (!Open(stack, new Frame(YNode.Sequence(at)), start.Anchor, anchors, bag))
                        {
                            return null;
                        }

                        break;
                    case MappingStart start:
                        if (!Open(stack, new Frame(YNode.Mapping(at)), start.Anchor, anchors, bag))
                        {
                            return null;
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        completed = stack.Pop().Node;
                        break;
                }

                if (completed is null)
                {
                    continue;
                }

                if (stack.Count == 0)
                {
                    root ??= completed;
                    continue;
                }

                // An alias is reported where it is used, not where its anchor was defined.
                if (!Attach(stack.Peek(), completed, current is AnchorAlias ? at : completed.At, bag))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            var start = new SourceSpan((int)ex.Start.Line, (int)ex.Start.Column);
            var message = Clean(ex);

            // YamlDotNet places some tab errors at the start of the enclosing mapping; point at the tab itself.
            if (message.Contains("tab", StringComparison.Ordinal) && IndentingTab(text, start.Line) is { } tab)
            {
                bag.Add(tab, "YAML syntax: a tab indents this line; YAML indents with spaces only");
                return null;
            }

            bag.Add(start, "YAML syntax: " + message + Hint(message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, instead of a syntax error, on a flow collection left open before
            // a line that looks like a key (aaubry/YamlDotNet#541). The open bracket is what the user must fix.
            if (UnclosedBracket(text) is not var (bracket, openedAt))
            {
                var stop = scanner.CurrentPosition;
                bag.Add(new SourceSpan((int)stop.Line, (int)stop.Column), "YAML syntax: cannot read past this point; look above it for a '[' or '{' that is never closed");
                return null;
            }

            var close = bracket == '[' ? ']' : '}';
            bag.Add(openedAt, $"YAML syntax: this '{bracket}' is never closed; add the '{close}' where the {(bracket == '[' ? "list" : "mapping")} ends");
            return null;
        }

        return root;
    }

    private static bool Open(Stack<Frame> stack, Frame frame, AnchorName anchor, Dictionary<string, YNode> anchors, DiagnosticBag bag)
    {
        if (stack.Count >= MaxDepth)
        {
            bag.Add(frame.Node.At, $"nesting is deeper than {MaxDepth} levels");
            return false;
        }

        Remember(anchors, anchor, frame.Node);
        stack.Push(frame);
        return true;
    }

    private static bool Attach(Frame parent, YNode child, SourceSpan at, DiagnosticBag bag)
    {
        parent.Node.Weight += child.Weight;
        if (parent.Node.Kind == YNodeKind.Sequence)
        {
            parent.Node.Items.Add(child);
            return true;
        }

        if (parent.PendingKey is null)
        {
            parent.PendingKey = child;
            return true;
        }

        var key = parent.PendingKey;
        parent.PendingKey = null;
        if (key.Kind != YNodeKind.Scalar)
        {
            bag.Add(key.At, "keys must be plain names, not lists or mappings");
            return true;
        }

        if (!parent.Keys.TryAdd(key.Value!, key))
        {
            var first = parent.Keys[key.Value!];
            bag.Add(key.At, string.Create(CultureInfo.InvariantCulture, $"duplicate key '{key.Value}' (first at line {first.At.Line})"));
            return true;
        }

        parent.Node.Entries.Add(KeyValuePair.Create(key, child));
        return true;
    }

    private static void Remember(Dictionary<string, YNode> anchors, AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static string Clean(YamlException ex)
    {
        // YamlDotNet prefixes its messages with the marks; the diagnostic already carries the position.
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        return message.TrimEnd('.');
    }

    /// <summary>The outermost '[' or '{' still open where YamlDotNet's scanner gives up, if any.</summary>
    private static (char Bracket, SourceSpan At)? UnclosedBracket(string text)
    {
        var open = new Stack<(char, SourceSpan)>();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                var at = new SourceSpan((int)token.Start.Line, (int)token.Start.Column);
                switch (token)
                {
                    case Tokens.FlowSequenceStart:
                        open.Push(('[', at));
                        break;
                    case Tokens.FlowMappingStart:
                        open.Push(('{', at));
                        break;
                    case Tokens.FlowSequenceEnd or Tokens.FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Where the scanner stops is what we are looking for.
        }

        return open.Count > 0 ? open.Last() : null;
    }

    /// <summary>The first tab in the indentation of a line, from line <paramref name="fromLine"/> on.</summary>
    private static SourceSpan? IndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new SourceSpan(i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string Hint(string message)
    {
        if (message.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal))
        {
            return "; the quote that opens here is never closed";
        }

        if (message.Contains("did not find expected key", StringComparison.Ordinal) || message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return "; check the indentation of this line against the lines above it";
        }

        if (message.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return "; put a value that contains ': ' in quotes, or check the indentation of this line";
        }

        return string.Empty;
    }

    /// <summary>A list or mapping being read.</summary>
    private sealed class Frame(YNode node)
    {
        public YNode Node { get; } = node;

        public YNode? PendingKey { get; set; }

        /// <summary>A mapping's keys so far, so that duplicates are found without scanning the entries.</summary>
        public Dictionary<string, YNode> Keys { get; } = new(StringComparer.Ordinal);
    }
}
