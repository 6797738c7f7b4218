using System.Collections.Immutable;
using MarketActors.Domain.Events;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>
/// Applies figure-revised events to the events they name, once every event is read and linked. Each new value is
/// read as the revised event's own field is read, the event's cross-field checks run again on its figures as revised,
/// and the event is built again from them: so a revision can give any figure the event has, or one it left out, and
/// what the event would refuse is refused at the revision's line. The revised event keeps each revision with the event
/// as it stood before it, so that the plan can be seen as known at any date (<see cref="Domain.Engine.RunPlan.AsKnownAt"/>).
/// Revisions apply in the order they became known.
/// </summary>
internal static class FigureRevisions
{
    private const string Owner = "figure-revised event";

    public static List<EventSection.Written> Apply(List<EventSection.Written> written, ReadContext ctx)
    {
        var result = written.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Id is { } id)
            {
                index.TryAdd(id, i);
            }
        }

        var failed = new HashSet<int>();
        var revisions = Enumerable.Range(0, result.Count).Where(i => result[i].Body is FigureRevised)
            .OrderBy(i => result[i].KnownOn).ThenBy(i => result[i].At).ThenBy(i => result[i].Order).ToList();
        foreach (var i in revisions)
        {
            // A target that failed to read is reported already; its id is declared, so nothing more to say.
            if (!index.TryGetValue(((FigureRevised)result[i].Body).Event, out var t) || !Revise(result, i, t, index, ctx))
            {
                failed.Add(i);
            }
        }

        return [.. result.Where((_, i) => !failed.Contains(i))];
    }

    private static bool Revise(List<EventSection.Written> result, int i, int t, Dictionary<string, int> index, ReadContext ctx)
    {
        var w = result[i];
        var target = result[t];
        var revised = (FigureRevised)w.Body;
        var spec = EventCatalog.Find(target.Type)!;
        var revisable = spec.Fields.Where(f => EventCatalog.FigureTypes.Contains(f.Type)).ToList();
        var eventAt = w.Values.Where("event");
        var named = $"event: names '{revised.Event}'";
        string? refused = target switch
        {
            { Body: FigureRevised } => $"{named} (a figure-revised event); revise the event it revises",
            { Body: ClaimMade } => $"{named} (a claim-made event): a claim keeps what was said; settle it with claim-resolved",
            _ when revisable.Count == 0 => $"{named} (a {target.Type} event), which has no figures to revise",
            _ when target.At > w.At => $"{named}, which happens later ({target.At:yyyy-MM-dd}); a revision comes on or after the event it revises",
            _ when target.KnownOn > w.KnownOn => $"{named}, which became known later ({target.KnownOn:yyyy-MM-dd}) than this revision ({w.KnownOn:yyyy-MM-dd}); give the revision a known: date no earlier",
            _ => null,
        };
        if (refused is not null)
        {
            ctx.Bag.Add(eventAt, $"{Owner}: {refused}");
            return false;
        }

        var before = ctx.Bag.Items.Count;
        var figuresNode = (YNode)w.Values.Get("figures");
        var values = target.Values.Copy();
        var changed = new List<(string Field, FieldSpec Spec, SourceSpan At)>();
        foreach (var (key, node) in figuresNode.Entries)
        {
            var field = revisable.FirstOrDefault(f => f.Name == key.Value);
            if (field is null)
            {
                ctx.Bag.Add(key.At, $"{Owner}: figures: '{key.Value}' is not a figure of {target.Type}{Suggest.Closest(key.Value!, revisable.Select(f => f.Name))}; its figures: {string.Join(", ", revisable.Select(f => f.Name))}");
                continue;
            }

            if (FieldReader.Read(field, node, ctx, Owner) is Figure figure)
            {
                if (field.Type is FieldType.Money or FieldType.Count && figure.Low <= 0)
                {
                    ctx.Bag.Add(node.At, $"{field.Name}: of {Owner} must be more than zero");
                }

                values.Set(field.Name, figure, node.At);
                changed.Add((field.Name, field, node.At));
            }
        }

        if (ctx.Bag.Items.Count != before)
        {
            return false;
        }

        // The event's own checks, on its figures as revised: a problem with a revised field is shown at its new value.
        foreach (var (field, message) in spec.Check?.Invoke(values) ?? [])
        {
            var at = changed.FirstOrDefault(c => c.Field == field) is { Field: not null } c ? c.At : w.Values.Where("figures");
            ctx.Bag.Add(at, $"{Owner}: as revised, {target.Type} event '{revised.Event}': {message}");
        }

        if (ctx.Bag.Items.Count != before)
        {
            return false;
        }

        var body = spec.Build(values);
        if (spec.Link is { } link)
        {
            var linking = new LinkContext(
                target.At,
                id => index.TryGetValue(id, out var n) ? new LinkedEvent(id, result[n].At, result[n].Type, result[n].Body, result[n].KnownOn) : null,
                (_, message) => ctx.Bag.Add(w.Values.Where("figures"), $"{Owner}: as revised, {target.Type} event '{revised.Event}': {message}"),
                target.KnownOn);
            body = link(body, linking);
            if (linking.Failed)
            {
                return false;
            }
        }

        var figures = changed
            .Select(c => new RevisedFigure(c.Field, Unit(c.Spec.Type), target.Values.Has(c.Field) ? target.Values.Figure(c.Field) : null, values.Figure(c.Field)))
            .ToImmutableArray();
        var revision = new FigureRevision(w.At, w.KnownOn, w.Id, w.Sources, figures, target.Body);
        result[t] = target with { Body = body, Values = values, Revisions = [.. target.Revisions.IsDefault ? [] : target.Revisions, revision] };
        result[i] = w with { Body = revised with { Subject = target.Body.Primary, Effective = target.At, Figures = figures } };
        return true;
    }

    private static MetricUnit Unit(FieldType type) => type switch
    {
        FieldType.Money => MetricUnit.Usd,
        FieldType.Count => MetricUnit.Count,
        _ => MetricUnit.Fraction,
    };
}
