namespace MarketActors.Cli.Commands;

/// <summary>Prints diagnostics to standard error, one <c>file:line:col: message</c> per line.</summary>
internal static class Diagnostics
{
    public static void Print(IEnumerable<Scenarios.Diagnostics.Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }
    }
}
