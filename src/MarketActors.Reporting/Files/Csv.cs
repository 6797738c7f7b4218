using System.Text;

namespace MarketActors.Reporting.Files;

/// <summary>RFC 4180 CSV: comma-separated, quoted where needed, LF line ends.</summary>
internal static class Csv
{
    public static void Line(StringBuilder sb, params string?[] cells)
    {
        using var writer = new StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture);
        Line(writer, cells);
    }

    public static void Line(TextWriter writer, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write('\n');
    }
}
