using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Scenarios.Yaml;

/// <summary>
/// A node of a YAML document with the place it starts at. Aliases share the node they name; <see cref="Weight"/>
/// counts the nodes a walk would visit through them, which is how the nodes aliases add are counted and alias bombs
/// caught.
/// </summary>
public sealed class YNode
{
    private YNode(YNodeKind kind, SourceSpan at, string? value, bool quoted)
    {
        Kind = kind;
        At = at;
        Value = value;
        Quoted = quoted;
    }

    /// <summary>The node's shape.</summary>
    public YNodeKind Kind { get; }

    /// <summary>Where it starts.</summary>
    public SourceSpan At { get; }

    /// <summary>The scalar's text; null for lists and mappings.</summary>
    public string? Value { get; }

    /// <summary>True when the scalar was quoted (so "null" or "yes" are plain text).</summary>
    public bool Quoted { get; }

    /// <summary>A list's items.</summary>
    public List<YNode> Items { get; } = [];

    /// <summary>A mapping's entries, in the order written.</summary>
    public List<KeyValuePair<YNode, YNode>> Entries { get; } = [];

    /// <summary>How many nodes a walk of this node visits, aliases expanded.</summary>
    public long Weight { get; internal set; } = 1;

    /// <summary>True for a plain scalar that YAML reads as null (empty, <c>~</c> or <c>null</c>).</summary>
    public bool IsNull => Kind == YNodeKind.Scalar && !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A scalar.</summary>
    public static YNode Scalar(SourceSpan at, string value, bool quoted) => new(YNodeKind.Scalar, at, value, quoted);

    /// <summary>An empty list.</summary>
    public static YNode Sequence(SourceSpan at) => new(YNodeKind.Sequence, at, null, false);

    /// <summary>An empty mapping.</summary>
    public static YNode Mapping(SourceSpan at) => new(YNodeKind.Mapping, at, null, false);

    /// <summary>The value under a key of a mapping, or null.</summary>
    public YNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    /// <summary>What the node is, for messages ("a list", "a mapping", "an empty value", "'abc'").</summary>
    public string Describe() => Kind switch
    {
        YNodeKind.Sequence => "a list",
        YNodeKind.Mapping => "a mapping",
        _ => IsNull ? "an empty value" : $"'{Value}'",
    };
}
