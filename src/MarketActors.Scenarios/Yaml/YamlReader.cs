using System.Globalization;
using MarketActors.Scenarios.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MarketActors.Scenarios.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YNode"/>s with YamlDotNet's parser, keeping every node's position.
/// It refuses what would make later stages slow or unsafe: several documents, duplicate keys, nesting past
/// <see cref="MaxDepth"/>, and aliases that expand past <see cref="MaxWeight"/> nodes.
/// </summary>
public static class YamlReader
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes a document may expand to through aliases.</summary>
    public const long MaxWeight = 2_000_000;

    /// <summary>Parses <paramref name="text"/>; returns the root, or null with the problems in <paramref name="bag"/>.</summary>
    public static YNode? Read(string text, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        try
        {
            return ReadCore(text, bag);
        }
        catch (YamlException ex)
        {
            bag.Add(new SourceSpan((int)ex.Start.Line, (int)ex.Start.Column), "YAML syntax: " + Clean(ex));
            return null;
        }
    }

    private static YNode? ReadCore(string text, DiagnosticBag bag)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YNode? root = null;
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var at = new SourceSpan((int)current.Start.Line, (int)current.Start.Column);
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

                    break;
                case SequenceStart start:
                    if (!Open(stack, YNode.Sequence(at), start.Anchor, anchors, bag))
                    {
                        return null;
                    }

                    break;
                case MappingStart start:
                    if (!Open(stack, YNode.Mapping(at), start.Anchor, anchors, bag))
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

            if (!Attach(stack.Peek(), completed, bag))
            {
                return null;
            }
        }

        return root;
    }

    private static bool Open(Stack<Frame> stack, YNode node, AnchorName anchor, Dictionary<string, YNode> anchors, DiagnosticBag bag)
    {
        if (stack.Count >= MaxDepth)
        {
            bag.Add(node.At, $"nesting is deeper than {MaxDepth} levels");
            return false;
        }

        Remember(anchors, anchor, node);
        stack.Push(new Frame(node));
        return true;
    }

    private static bool Attach(Frame parent, YNode child, DiagnosticBag bag)
    {
        parent.Node.Weight += child.Weight;
        if (parent.Node.Weight > MaxWeight)
        {
            bag.Add(child.At, string.Create(CultureInfo.InvariantCulture,
                $"the document expands to more than {MaxWeight:N0} nodes through aliases (an alias bomb?); write the data out or use fewer aliases"));
            return false;
        }

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

        var first = parent.Node.Entries.FirstOrDefault(e => e.Key.Value == key.Value).Key;
        if (first is not null)
        {
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

    private sealed class Frame(YNode node)
    {
        public YNode Node { get; } = node;

        public YNode? PendingKey { get; set; }
    }
}
