using System.Text;

namespace MarketActors.Scenarios.Schema;

/// <summary>Writes a Markdown table, escaping what would break its cells.</summary>
internal static class MarkdownTable
{
    /// <summary>The table with a header row; each line ends with a newline.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Row(text, header);
        Row(text, [.. header.Select(_ => "---")]);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {header.Count} columns.", nameof(rows));
            }

            Row(text, row);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal))).Append(" |\n");
}
