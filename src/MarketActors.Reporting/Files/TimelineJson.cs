using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;

namespace MarketActors.Reporting.Files;

/// <summary>
/// timeline.json: the scenario's events in schedule order, each with its sources and the deltas it caused. It says
/// which view of the story it is (as later revised, or as known at a date); an event known after its date says when,
/// and an event whose figures were revised lists each revision with its figures and sources.
/// </summary>
public static class TimelineJson
{
    /// <summary>The file's text (UTF-8, indented, numbers exact).</summary>
    public static string Write(RunPlan plan, RunOutput output)
    {
        using var stream = new MemoryStream();
        Write(stream, plan, output);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the file, UTF-8, to a stream as it goes.</summary>
    public static void Write(Stream stream, RunPlan plan, RunOutput output)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("scenario", plan.World.ScenarioId);
            json.WriteString("title", plan.World.Title);
            json.WriteNumber("seed", plan.Seed);
            json.WriteString("view", plan.KnownAt is null ? "as-revised" : "as-known-at");
            if (plan.KnownAt is { } knownAt)
            {
                json.WriteString("knownAt", Dates.Iso(knownAt));
            }

            var scheduled = plan.Events.ToDictionary(e => e.Seq);
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

                if (scheduled.TryGetValue(e.Seq, out var written))
                {
                    Knowledge(json, written);
                }

                json.WriteStartArray("deltas");
                foreach (var d in e.Deltas)
                {
                    json.WriteStartObject();
                    json.WriteString("actor", d.Actor.Value);
                    json.WriteString("metric", d.Metric);
                    json.WriteNumber("change", Amounts.Normalize(d.Change));
                    json.WriteNumber("after", Amounts.Normalize(d.After));
                    if (d.Stated is { } stated)
                    {
                        json.WriteString("stated", Stated(stated));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();

                // The writer buffers what it writes until flushed: hand it to the stream as it grows.
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// How a value after is stated, in the scenario format's own notation and exact numbers, so that it reads as a
    /// source would write it: 1000000+, ~3700, &lt;= 5, &lt; 10, &gt; 1, 110000..130000.
    /// </summary>
    public static string Stated(Figure figure)
    {
        static string N(decimal v) => Format.Exact(v);
        return figure.Bound switch
        {
            FigureBound.Approximate => "~" + N(figure.Low),
            FigureBound.AtLeast => N(figure.Low) + "+",
            FigureBound.AtMost => "<= " + N(figure.Low),
            FigureBound.Below => "< " + N(figure.Low),
            FigureBound.Above => "> " + N(figure.Low),
            FigureBound.Range => N(figure.Low) + ".." + N(figure.High),
            _ => N(figure.Low),
        };
    }

    /// <summary>When the event became known, if later than its date, and the revisions of its figures.</summary>
    private static void Knowledge(Utf8JsonWriter json, ScheduledEvent e)
    {
        if (e.Known is { } known)
        {
            json.WriteString("known", Dates.Iso(known));
        }

        if (e.Revisions.IsDefaultOrEmpty)
        {
            return;
        }

        json.WriteStartArray("revisions");
        foreach (var r in e.Revisions)
        {
            json.WriteStartObject();
            json.WriteString("date", Dates.Iso(r.At));
            json.WriteString("known", Dates.Iso(r.Known));
            if (r.Id is not null)
            {
                json.WriteString("id", r.Id);
            }

            json.WriteStartArray("figures");
            foreach (var f in r.Figures)
            {
                json.WriteStartObject();
                json.WriteString("field", f.Field);
                if (f.Before is { } before)
                {
                    json.WriteString("before", before.Render(Format.Exact));
                }
                else
                {
                    json.WriteNull("before");
                }

                json.WriteString("after", f.After.Render(Format.Exact));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var source in r.Sources)
            {
                json.WriteStringValue(source);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
