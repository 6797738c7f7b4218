using System.Collections.Immutable;

namespace MarketActors.Reporting.Tables;

/// <summary>A table for a reader, independent of where it is shown (console, Markdown, a web page).</summary>
/// <param name="Title">What the table answers.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The cells, as text.</param>
/// <param name="Notes">Lines shown under the table: how to read it, where the figures come from.</param>
public sealed record ReportTable(string Title, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<string> Notes)
{
    /// <summary>True when the table has no rows.</summary>
    public bool IsEmpty => Rows.IsDefaultOrEmpty;
}
