using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Reporting.Files;

/// <summary>timeline.json: the scenario's events in schedule order, each with its sources and the deltas it caused.</summary>
public static class TimelineJson
{
    /// <summary>The file's text (UTF-8, indented, numbers exact).</summary>
    public static string Write(RunPlan plan, RunOutput output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("scenario", plan.World.ScenarioId);
            json.WriteString("title", plan.World.Title);
            json.WriteNumber("seed", plan.Seed);
            json.WriteStartArray("events");
            foreach (var e in output.Timeline)
            {
                json.WriteStartObject();
                json.WriteNumber("seq", e.Seq);
                json.WriteString("date", Dates.Iso(e.At));
                json.WriteString("dateAsWritten", e.DateLabel);
                json.WriteString("type", e.Type);
                if (e.Id is not null)
                {
                    json.WriteString("id", e.Id);
                }

                json.WriteString("description", e.Description);
                json.WriteStartArray("sources");
                foreach (var s in e.Sources)
                {
                    json.WriteStringValue(s);
                }

                json.WriteEndArray();
                if (e.Note is not null)
                {
                    json.WriteString("note", e.Note);
                }

                json.WriteStartArray("deltas");
                foreach (var d in e.Deltas)
                {
                    json.WriteStartObject();
                    json.WriteString("actor", d.Actor.Value);
                    json.WriteString("metric", d.Metric);
                    json.WriteNumber("change", Amounts.Normalize(d.Change));
                    json.WriteNumber("after", Amounts.Normalize(d.After));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
