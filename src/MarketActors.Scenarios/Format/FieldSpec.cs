using System.Collections.Immutable;
using MarketActors.Domain.Actors;

namespace MarketActors.Scenarios.Format;

/// <summary>One field an entry of a scenario file may have.</summary>
/// <param name="Name">The key in the file.</param>
/// <param name="Type">What it holds.</param>
/// <param name="Required">True when the entry needs it.</param>
/// <param name="Doc">One line for the reference.</param>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, string Doc)
{
    /// <summary>For actor fields: the kinds of actor accepted; empty for any.</summary>
    public ImmutableArray<ActorKind> Kinds { get; init; } = [];

    /// <summary>For choices: the words accepted; the first is the default.</summary>
    public ImmutableArray<string> Choices { get; init; } = [];

    /// <summary>For lists of entries: the fields of each entry.</summary>
    public ImmutableArray<FieldSpec> Entries { get; init; } = [];

    /// <summary>An optional list of entries with the fields given.</summary>
    public static FieldSpec MayList(string name, string doc, params FieldSpec[] entries) => new(name, FieldType.Entries, false, doc) { Entries = [.. entries] };

    /// <summary>A required field.</summary>
    public static FieldSpec Need(string name, FieldType type, string doc, params ActorKind[] kinds) => new(name, type, true, doc) { Kinds = [.. kinds] };

    /// <summary>An optional field.</summary>
    public static FieldSpec May(string name, FieldType type, string doc, params ActorKind[] kinds) => new(name, type, false, doc) { Kinds = [.. kinds] };

    /// <summary>A required choice among the words given.</summary>
    public static FieldSpec NeedChoice(string name, string doc, params string[] choices) => new(name, FieldType.Choice, true, doc) { Choices = [.. choices] };

    /// <summary>An optional choice whose first word is the default.</summary>
    public static FieldSpec Choose(string name, string doc, params string[] choices) => new(name, FieldType.Choice, false, doc) { Choices = [.. choices] };
}
