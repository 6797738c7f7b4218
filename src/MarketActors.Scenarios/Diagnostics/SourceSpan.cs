namespace MarketActors.Scenarios.Diagnostics;

/// <summary>Where something starts in a file.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="File">
/// The file, when it is not the one being compiled: an overlay's nodes keep their own file after they are merged into
/// their base, so that a problem they cause is reported where it was written.
/// </param>
public readonly record struct SourceSpan(int Line, int Column, string? File = null)
{
    /// <summary>The start of a file.</summary>
    public static SourceSpan Start { get; } = new(1, 1);
}
