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
        ArgumentNullException.ThrowIfNull(output);
        var sb = new StringBuilder();
        Csv.Line(sb, "actor", "metric", "date", "value");
        foreach (var p in output.Series)
        {
            Csv.Line(sb, p.Actor.Value, p.Metric, Dates.Iso(p.At), Format.Exact(p.Value));
        }

        return sb.ToString();
    }
}
