using System.Globalization;

namespace MarketActors.Contracts;

/// <summary>A problem in a scenario file, as <c>file:line:col: message</c>.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong.</param>
[GenerateSerializer, Immutable, Alias("ma.scenario-problem")]
public sealed record ScenarioProblem(
    [property: Id(0)] string File,
    [property: Id(1)] int Line,
    [property: Id(2)] int Column,
    [property: Id(3)] string Message)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}");
}
