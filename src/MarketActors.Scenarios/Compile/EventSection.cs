using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>The events: each entry's type, common fields, type fields and cross-field checks.</summary>
internal static partial class EventSection
{
    private static readonly HashSet<string> Common = EventCatalog.CommonFields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>An event read from the file, before scheduling.</summary>
    /// <remarks><paramref name="Known"/> is set only when later than <paramref name="At"/>; <paramref name="Revisions"/> are those applied to <paramref name="Body"/>.</remarks>
    public sealed record Written(int Order, DateOnly At, string DateLabel, string? Id, string Type, ImmutableArray<string> Sources, string? Note, MarketEvent Body, SourceSpan Where, FieldValues Values, DateOnly? Known = null, ImmutableArray<FigureRevision> Revisions = default)
    {
        /// <summary>When it became known.</summary>
        public DateOnly KnownOn => Known ?? At;
    }

    /// <summary>First pass: event ids, so that disputes: may name events written later.</summary>
    public static void DeclareIds(IReadOnlyList<YNode> events, ReadContext ctx)
    {
        foreach (var e in events)
        {
            if (e.Kind == YNodeKind.Mapping && e["id"] is { Kind: YNodeKind.Scalar, Value: { } id } idNode)
            {
                if (ctx.EventIds.TryGetValue(id, out var first))
                {
                    ctx.Bag.Add(idNode.At, $"duplicate event id '{id}' (first at line {first.Line})");
                }
                else
                {
                    ctx.EventIds[id] = idNode.At;
                }
            }
        }
    }

    /// <summary>Second pass: every event.</summary>
    public static List<Written> Read(IReadOnlyList<YNode> events, ReadContext ctx)
    {
        var result = new List<Written>();
        for (var i = 0; i < events.Count; i++)
        {
            if (ReadOne(events[i], i, ctx) is { } written)
            {
                result.Add(written);
            }
        }

        var linked = FigureRevisions.Apply(Link(result, ctx), ctx);
        return [.. linked, .. Expand(linked, events.Count)];
    }

    /// <summary>Events that written ones schedule on their own dates, after every written event of those dates.</summary>
    private static IEnumerable<Written> Expand(List<Written> written, int count)
    {
        var order = count;
        foreach (var w in written)
        {
            if (EventCatalog.Find(w.Type)?.Expand is not { } expand)
            {
                continue;
            }

            foreach (var s in expand(w.Body, w.Id))
            {
                // Known no earlier than the event that scheduled it: a view of the story before then knows neither.
                var known = w.KnownOn > s.At ? w.KnownOn : (DateOnly?)null;
                yield return w with { Order = order++, At = s.At, DateLabel = s.DateLabel, Id = null, Type = s.Type, Note = null, Body = s.Body, Known = known, Revisions = [] };
            }
        }
    }

    /// <summary>Third pass: events that name others by id are completed and checked against them.</summary>
    private static List<Written> Link(List<Written> written, ReadContext ctx)
    {
        // A duplicate id is reported already; links see the first event that has it.
        var byId = new Dictionary<string, LinkedEvent>(StringComparer.Ordinal);
        foreach (var w in written.Where(w => w.Id is not null))
        {
            byId.TryAdd(w.Id!, new LinkedEvent(w.Id!, w.At, w.Type, w.Body, w.KnownOn));
        }

        var linked = new List<Written>(written.Count);
        foreach (var w in written)
        {
            if (EventCatalog.Find(w.Type)?.Link is not { } link)
            {
                linked.Add(w);
                continue;
            }

            var context = new LinkContext(w.At, id => byId.GetValueOrDefault(id), (field, message) => ctx.Bag.Add(w.Values.Where(field), $"{w.Type} event: {message}"), w.KnownOn);
            var body = link(w.Body, context);
            if (!context.Failed)
            {
                linked.Add(w with { Body = body });
            }
        }

        return linked;
    }

    private static Written? ReadOne(YNode node, int order, ReadContext ctx)
    {
        if (node.Kind != YNodeKind.Mapping)
        {
            ctx.Bag.Add(node.At, $"an event should be a mapping of fields (at:, type:, source: ...), not {node.Describe()}");
            return null;
        }

        var typeNode = node["type"];
        EventSpec? spec = null;
        if (typeNode is null)
        {
            ctx.Bag.Add(node.At, "event is missing type: (one of: " + string.Join(", ", EventCatalog.All.Select(s => s.Name)) + ")");
        }
        else if (FieldReader.Scalar(typeNode, ctx, "type:") is { } type)
        {
            spec = EventCatalog.Find(type);
            if (spec is null)
            {
                ctx.Bag.Add(typeNode.At, $"unknown event type '{type}'{Suggest.Closest(type, EventCatalog.All.Select(s => s.Name))}");
            }
        }

        var owner = spec is null ? "event" : $"{spec.Name} event";
        var before = ctx.Bag.Items.Count;
        var commonSpecs = EventCatalog.CommonFields.Where(f => f.Name is not ("type" or "source")).ToList();
        var fields = spec is null ? commonSpecs : [.. commonSpecs, .. spec.Fields];
        var skip = new HashSet<string>(StringComparer.Ordinal) { "type", "source" };
        if (spec is null)
        {
            // Without a type, only the common fields can be checked; the rest would be noise.
            foreach (var (key, _) in node.Entries)
            {
                if (!Common.Contains(key.Value!))
                {
                    skip.Add(key.Value!);
                }
            }
        }

        var (values, ok) = Entry.Read(node, fields, ctx, owner, skip);
        var sources = Sources(node, ctx, owner);
        if (spec is null || !ok || sources is null)
        {
            return null;
        }

        foreach (var disputed in values.Ids("disputes"))
        {
            if (!ctx.EventIds.ContainsKey(disputed))
            {
                ctx.Bag.Add(values.Where("disputes"), $"disputes: names '{disputed}', which is no event's id{Suggest.Closest(disputed, ctx.EventIds.Keys)}");
            }
        }

        foreach (var (field, message) in spec.Check?.Invoke(values) ?? [])
        {
            ctx.Bag.Add(field.Length == 0 ? node.At : values.Where(field), $"{owner}: {message}");
        }

        CheckPositive(spec, values, ctx, owner);
        var (at, label) = values.Date("at");
        DateOnly? known = values.Has("known") ? values.Date("known").Date : null;
        if (known < at)
        {
            ctx.Bag.Add(values.Where("known"), $"known: of {owner} ({values.Date("known").Label}) is before at: ({label}); an event becomes known when it happens or later");
        }

        if (ctx.Bag.Items.Count != before)
        {
            return null;
        }

        return new Written(order, at, label, values.MaybeText("id"), spec.Name, sources.Value, values.MaybeText("note"), spec.Build(values), node.At, values, known > at ? known : null, []);
    }

    private static void CheckPositive(EventSpec spec, FieldValues values, ReadContext ctx, string owner)
    {
        foreach (var field in spec.Fields)
        {
            if (field.Type is FieldType.Money or FieldType.Count or FieldType.Power && values.Has(field.Name) && values.Figure(field.Name).Low <= 0)
            {
                ctx.Bag.Add(values.Where(field.Name), $"{field.Name}: of {owner} must be more than zero");
            }
        }
    }

    private static ImmutableArray<string>? Sources(YNode node, ReadContext ctx, string owner)
    {
        var sourceNode = node["source"];
        if (sourceNode is null || sourceNode.IsNull)
        {
            ctx.Bag.Add(node.At, $"{owner} is missing source: (every event cites where it comes from, like herald#F05)");
            return null;
        }

        var items = sourceNode.Kind == YNodeKind.Sequence ? sourceNode.Items : [sourceNode];
        var result = ImmutableArray.CreateBuilder<string>();
        var ok = items.Count > 0;
        foreach (var item in items)
        {
            if (FieldReader.Scalar(item, ctx, "source:") is not { } text || text.Trim().Length == 0)
            {
                ok = false;
                continue;
            }

            var match = SourceRef().Match(text);
            if (match.Success && !ctx.Sources.Contains(match.Groups["key"].Value))
            {
                ctx.Bag.Add(item.At, $"source '{text}' names '{match.Groups["key"].Value}', which is not declared under sources:{Suggest.Closest(match.Groups["key"].Value, ctx.Sources)}");
                ok = false;
                continue;
            }

            result.Add(text.Trim());
        }

        if (items.Count == 0)
        {
            ctx.Bag.Add(sourceNode.At, $"source: of {owner} is an empty list");
        }

        return ok ? result.ToImmutable() : null;
    }

    [GeneratedRegex("^(?<key>[a-z0-9][a-z0-9-]*)(#\\S+)?$")]
    private static partial Regex SourceRef();
}
