using System.Text;
using MarketActors.Domain.Metrics;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Format;

namespace MarketActors.Scenarios.Schema;

/// <summary>
/// The parts of the format reference (<c>docs/scenario-format.md</c>) that are generated from the format's tables:
/// the sections, every field list, every event type's fields and example, and the metrics. Each part sits in the
/// reference between <c>&lt;!-- name:begin --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>; the prose around the parts
/// is written by hand.
/// </summary>
public static class FormatReference
{
    /// <summary>Where the reference is kept, relative to the repository's root.</summary>
    public const string FilePath = "docs/scenario-format.md";

    private static readonly string[] FieldHeader = ["Field", "Required", "Type", "Meaning"];

    /// <summary>The marker that opens a generated part.</summary>
    public static string Begin(string name) => $"<!-- {name}:begin -->";

    /// <summary>The marker that closes a generated part.</summary>
    public static string End(string name) => $"<!-- {name}:end -->";

    /// <summary>The name of the part that holds an event type's fields.</summary>
    public static string EventPart(string type) => "event:" + type;

    /// <summary>Every generated part by name, in the order the reference shows them; each ends with a newline.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parts()
    {
        var parts = new List<KeyValuePair<string, string>>
        {
            new("sections", Sections()),
            new("source-fields", Fields(HeaderSections.SourceFields)),
            new("gpu-fields", Fields(HeaderSections.GpuFields)),
            new("actor-fields", Fields(ActorSection.Fields)),
            new("person-fields", Fields(HeaderSections.PersonFields)),
            new("common-fields", Fields(EventCatalog.CommonFields, common: true)),
            new("events", EventIndex()),
        };
        parts.AddRange(EventCatalog.All.Select(spec => new KeyValuePair<string, string>(EventPart(spec.Name), Event(spec))));
        parts.Add(new("metrics", Metrics()));
        return parts;
    }

    /// <summary>
    /// The reference with every generated part that it marks replaced by its current text. Parts it does not mark
    /// are left out; the tests say which.
    /// </summary>
    public static string Splice(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        foreach (var (name, text) in Parts())
        {
            var begin = markdown.IndexOf(Begin(name), StringComparison.Ordinal);
            var end = begin < 0 ? -1 : markdown.IndexOf(End(name), begin, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            var from = begin + Begin(name).Length;
            markdown = markdown[..from] + "\n" + text + markdown[end..];
        }

        return markdown;
    }

    private static string Sections() => MarkdownTable.Write(
        ["Section", "Required", "Holds"],
        ScenarioCompiler.Sections.Select(s => (IReadOnlyList<string>)[$"`{s}:`", ScenarioCompiler.RequiredSections.Contains(s) ? "yes" : "no", Prose(SectionDocs.Describe(s))]));

    private static string Fields(IEnumerable<FieldSpec> fields, bool common = false) => MarkdownTable.Write(
        FieldHeader,
        fields.Select(f => (IReadOnlyList<string>)[$"`{f.Name}`", f.Required ? "yes" : "no", common ? CommonLabel(f) : FieldTypes.Label(f), Prose(f.Doc)]));

    /// <summary>The event section reads type: and source: itself: the type names the spec, and source: may be a list.</summary>
    private static string CommonLabel(FieldSpec field) => field.Name switch
    {
        "type" => "an [event type](#event-types-at-a-glance)",
        "source" => "[citation](#sources-and-citing-them), or a list of them",
        _ => FieldTypes.Label(field),
    };

    private static string EventIndex() => MarkdownTable.Write(
        ["Type", "What it records", "Required fields"],
        EventCatalog.All.Select(s => (IReadOnlyList<string>)[$"[`{s.Name}`](#{s.Name})", Prose(FirstSentence(s.Summary)), string.Join(", ", s.Fields.Where(f => f.Required).Select(f => $"`{f.Name}`"))]));

    private static string Event(EventSpec spec)
    {
        var text = new StringBuilder();
        text.Append("### `").Append(spec.Name).Append("`\n\n");
        text.Append(Prose(spec.Summary)).Append("\n\n");
        text.Append(Fields(spec.Fields)).Append('\n');
        foreach (var list in spec.Fields.Where(f => f.Type == FieldType.Entries))
        {
            text.Append("Each entry of `").Append(list.Name).Append("`:\n\n").Append(Fields(list.Entries)).Append('\n');
        }

        text.Append("Besides the [fields every event has](#fields-every-event-has).\n");
        if (spec.Example.Length > 0)
        {
            text.Append("\n```yaml\n- ").Append(spec.Example).Append("\n```\n");
        }

        return text.ToString();
    }

    private static string Metrics()
    {
        var rows = Metric.All.Select(m => (IReadOnlyList<string>)[$"`{m.Name}`", Unit(m.Unit), Prose(m.Description)]).ToList();
        rows.Add([$"`{Metric.OddsPrefix}<question-id>`", Unit(MetricUnit.Fraction), "The probability a prediction market quotes for a question (odds-quoted)."]);
        return MarkdownTable.Write(["Metric", "Unit", "Meaning"], rows);
    }

    private static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Usd => "US dollars",
        MetricUnit.Gpus => "GPUs",
        MetricUnit.H100e => "H100-equivalents",
        MetricUnit.Pflops => "PFLOPS (dense BF16)",
        MetricUnit.Megawatts => "megawatts",
        MetricUnit.Count => "count",
        MetricUnit.Fraction => "fraction, shown as a percentage",
        _ => throw new InvalidOperationException($"The reference has no word for the unit {unit}."),
    };

    /// <summary>Text from the tables as Markdown prose: an angle bracket would open an HTML tag.</summary>
    private static string Prose(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal);

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
