using MarketActors.Domain.Actors;
using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Scenarios.Compile;

/// <summary>What field reading needs to know about the rest of the file: the names declared in it.</summary>
internal sealed class ReadContext
{
    public ReadContext(DiagnosticBag bag)
    {
        Bag = bag;
    }

    public DiagnosticBag Bag { get; }

    public Dictionary<string, ActorKind> Actors { get; } = new(StringComparer.Ordinal);

    /// <summary>Actors declared without a valid kind: naming them is reported as that, not as an unknown actor.</summary>
    public HashSet<string> Kindless { get; } = new(StringComparer.Ordinal);

    public HashSet<string> People { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Gpus { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Event ids, with where each was first written.</summary>
    public Dictionary<string, SourceSpan> EventIds { get; } = new(StringComparer.Ordinal);
}
