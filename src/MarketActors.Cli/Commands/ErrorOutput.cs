using MarketActors.Scenarios.Diagnostics;

namespace MarketActors.Cli.Commands;

/// <summary>Where problems go: standard error by default; tests pass their own writer.</summary>
/// <param name="Writer">The writer.</param>
public sealed record ErrorOutput(TextWriter Writer)
{
    /// <summary>Prints diagnostics, one <c>file:line:col: message</c> per line.</summary>
    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Writer.WriteLine(d.ToString());
        }
    }

    /// <summary>Prints a line.</summary>
    public void Line(string text) => Writer.WriteLine(text);
}
