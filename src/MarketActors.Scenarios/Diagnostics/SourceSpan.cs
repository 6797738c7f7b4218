namespace MarketActors.Scenarios.Diagnostics;

/// <summary>Where something starts in a file.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceSpan(int Line, int Column)
{
    /// <summary>The start of a file.</summary>
    public static SourceSpan Start { get; } = new(1, 1);
}
