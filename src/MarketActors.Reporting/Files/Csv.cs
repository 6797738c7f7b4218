using System.Text;

namespace MarketActors.Reporting.Files;

/// <summary>RFC 4180 CSV: comma-separated, quoted where needed, LF line ends.</summary>
internal static class Csv
{
    public static void Line(StringBuilder sb, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append('\n');
    }
}
