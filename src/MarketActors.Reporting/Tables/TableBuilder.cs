using System.Collections.Immutable;

namespace MarketActors.Reporting.Tables;

/// <summary>Builds a <see cref="ReportTable"/> row by row.</summary>
public sealed class TableBuilder
{
    private readonly string _title;
    private readonly ImmutableArray<string> _columns;
    private readonly List<ImmutableArray<string>> _rows = [];
    private readonly List<string> _notes = [];

    /// <summary>Starts a table.</summary>
    public TableBuilder(string title, params string[] columns)
    {
        _title = title;
        _columns = [.. columns];
    }

    /// <summary>Adds a row; it must have one cell per column.</summary>
    public TableBuilder Row(params string[] cells)
    {
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"A row of '{_title}' needs {_columns.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add([.. cells]);
        return this;
    }

    /// <summary>Adds a note under the table; a note already there is not repeated.</summary>
    public TableBuilder Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }

        return this;
    }

    /// <summary>The table.</summary>
    public ReportTable Build() => new(_title, _columns, [.. _rows], [.. _notes]);
}
