namespace MarketActors.Scenarios.Diagnostics;

/// <summary>Collects every problem found in one file, so that all can be reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Creates a bag for a file.</summary>
    public DiagnosticBag(string file)
    {
        File = file;
    }

    /// <summary>The file, as the user named it.</summary>
    public string File { get; }

    /// <summary>The problems so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when any problem was found.</summary>
    public bool HasErrors => _items.Count > 0;

    /// <summary>Adds a problem at a place.</summary>
    public void Add(SourceSpan at, string message) => _items.Add(new Diagnostic(at.File ?? File, at.Line, at.Column, message));

    /// <summary>The problems in file order.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.File != File).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
