using System.Globalization;
using System.Text;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting.Files;

/// <summary>series.csv: one row per change of a metric: actor, metric, date, value.</summary>
public static class SeriesCsv
{
    /// <summary>The file's text.</summary>
    public static string Write(RunOutput output)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, output);
        return writer.ToString();
    }

    /// <summary>Writes the file's text, row by row.</summary>
    public static void Write(TextWriter sb, RunOutput output)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(output);
        Csv.Line(sb, "actor", "metric", "date", "value");
        foreach (var p in output.Series)
        {
            Csv.Line(sb, p.Actor.Value, p.Metric, Dates.Iso(p.At), Format.Exact(p.Value));
        }
    }
}
