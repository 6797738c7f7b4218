using System.Collections.Immutable;

namespace MarketActors.Contracts;

/// <summary>A scenario file's text, for the silo to validate and compile, with any what-if overlays to apply.</summary>
/// <param name="Text">The YAML text.</param>
/// <param name="FileName">The name diagnostics use for it.</param>
/// <param name="Seed">The seed of the run.</param>
/// <param name="Until">The last date to replay, if any.</param>
[GenerateSerializer, Immutable, Alias("ma.scenario-source")]
public sealed record ScenarioSource(
    [property: Id(0)] string Text,
    [property: Id(1)] string FileName,
    [property: Id(2)] long Seed,
    [property: Id(3)] DateOnly? Until)
{
    /// <summary>What-if overlays to apply to the scenario, in order.</summary>
    [Id(4)]
    public ImmutableArray<OverlaySource> Overlays { get; init; } = [];

    /// <summary>
    /// The date to replay the story as known at: only the events known by then, with only the revisions of figures
    /// known by then. Null (the default) replays the story as later revised.
    /// </summary>
    [Id(5)]
    public DateOnly? AsKnownAt { get; init; }
}

/// <summary>A what-if overlay file's text.</summary>
/// <param name="Text">The YAML text.</param>
/// <param name="FileName">The name diagnostics use for it.</param>
[GenerateSerializer, Immutable, Alias("ma.overlay-source")]
public sealed record OverlaySource([property: Id(0)] string Text, [property: Id(1)] string FileName);
