using System.Globalization;

namespace MarketActors.Scenarios.Diagnostics;

/// <summary>A problem in a scenario file, at a line and column a person can go to.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and, where it can, how to fix it.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The diagnostic as <c>file:line:col: message</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}");
}
