using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Units;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>Reads one field's node by its <see cref="FieldType"/>, reporting what is wrong where it is written.</summary>
internal static partial class FieldReader
{
    /// <summary>Reads a field; null (with diagnostics) when it cannot.</summary>
    public static object? Read(FieldSpec spec, YNode node, ReadContext ctx, string owner)
    {
        var where = $"{spec.Name}: of {owner}";
        if (node.IsNull)
        {
            ctx.Bag.Add(node.At, $"{where} has no value");
            return null;
        }

        switch (spec.Type)
        {
            case FieldType.Actor:
                return Scalar(node, ctx, where) is { } id ? ActorRef(id, node.At, spec, ctx) : null;
            case FieldType.ActorList:
                return List(node, ctx, where, item => Scalar(item, ctx, where) is { } id ? ActorRef(id, item.At, spec, ctx) : null);
            case FieldType.ActorMoney:
            case FieldType.ActorShares:
                return ActorAmounts(spec, node, ctx, where);
            case FieldType.Party:
                return Scalar(node, ctx, where) is { } party ? PartyRef(party, node.At, ctx) : null;
            case FieldType.Money:
                return Unit(node, ctx, where, t => Quantities.Money(t, out var e) is { } f ? (f, e) : (null, e));
            case FieldType.Count:
                return Unit(node, ctx, where, t => Quantities.Count(t, out var e) is { } f ? (f, e) : (null, e));
            case FieldType.Percent:
                return Unit(node, ctx, where, t => Quantities.Percent(t, allowRange: false, out var e) is { } f ? (f.Point is >= 0 and <= 1 ? (f, e) : (null, $"'{t}' is not between 0% and 100%")) : (null, e));
            case FieldType.PercentRange:
                return Unit(node, ctx, where, t => Quantities.Price(t, out var e) is { } f ? (f.Low >= 0 && f.High <= 1 ? (f, e) : (null, $"'{t}' is not between 0% and 100%")) : (null, e));
            case FieldType.Change:
                return Unit(node, ctx, where, t => Quantities.Percent(t, allowRange: false, out var e) is { } f ? (f.Point > -1 ? (f, e) : (null, $"'{t}' would take the value to zero or below")) : (null, e));
            case FieldType.Power:
                return Unit(node, ctx, where, t => Quantities.Power(t, out var e) is { } f ? (f, e) : (null, e));
            case FieldType.Date:
                return Scalar(node, ctx, where) is { } d ? DateValue(d, node, ctx, where) : null;
            case FieldType.Duration:
                return Scalar(node, ctx, where) is { } du ? Checked(Quantities.Duration(du, out var de), de, node, ctx, where) : null;
            case FieldType.Area:
                return Scalar(node, ctx, where) is { } ar ? Checked(Quantities.Area(ar, out var ae), ae, node, ctx, where) : null;
            case FieldType.Text:
            case FieldType.Number:
                return Scalar(node, ctx, where) is { } text && text.Trim().Length > 0 ? text.Trim() : Fail(node, ctx, $"{where} is empty");
            case FieldType.Slug:
                return Scalar(node, ctx, where) is { } slug ? (IsSlug(slug) ? slug : Fail(node, ctx, $"{where} '{slug}' must be lower-case kebab-case (letters, digits, '-')")) : null;
            case FieldType.Bool:
                return Scalar(node, ctx, where) is { } b ? Boolean(b, node, ctx, where) : null;
            case FieldType.Choice:
                return Scalar(node, ctx, where) is { } choice
                    ? (spec.Choices.Contains(choice) ? choice : Fail(node, ctx, $"{where} is '{choice}'; use one of: {string.Join(", ", spec.Choices)}{Suggest.Closest(choice, spec.Choices)}"))
                    : null;
            case FieldType.Gpu:
                return Scalar(node, ctx, where) is { } gpu
                    ? (ctx.Gpus.Contains(gpu) ? gpu
                        : gpu == GpuModel.Unstated ? Fail(node, ctx, $"{where}: leave gpu: out when the source gives no model; the GPUs then count as GPUs of no stated model")
                        : Fail(node, ctx, $"GPU '{gpu}' is not in the catalog{Suggest.Closest(gpu, ctx.Gpus)}; add it under catalog.gpus"))
                    : null;
            case FieldType.RegionCounts:
                return Regions(node, ctx, where);
            case FieldType.EventIds:
                return List(node, ctx, where, item => Scalar(item, ctx, where));
            case FieldType.Entries:
                return Entries(spec, node, ctx, owner);
            case FieldType.Figures:
                return Figures(node, ctx, where);
            case FieldType.EventRef:
                return Scalar(node, ctx, where) is { } eventId
                    ? (ctx.EventIds.ContainsKey(eventId) ? eventId : Fail(node, ctx, $"{where} names '{eventId}', which is no event's id{Suggest.Closest(eventId, ctx.EventIds.Keys)}"))
                    : null;
            default:
                throw new InvalidOperationException($"No reader for {spec.Type}.");
        }
    }

    /// <summary>True for lower-case kebab-case ids.</summary>
    public static bool IsSlug(string text) => SlugPattern().IsMatch(text);

    /// <summary>The text of a scalar, or null with a diagnostic.</summary>
    public static string? Scalar(YNode node, ReadContext ctx, string where)
    {
        if (node.Kind != YNodeKind.Scalar)
        {
            ctx.Bag.Add(node.At, $"{where} should be a single value, not {node.Describe()}");
            return null;
        }

        return node.Value;
    }

    private static object? ActorRef(string id, SourceSpan at, FieldSpec spec, ReadContext ctx)
    {
        if (!ctx.Actors.TryGetValue(id, out var kind))
        {
            if (ctx.Kindless.Contains(id))
            {
                ctx.Bag.Add(at, $"'{id}' cannot be used until its kind: is company, investor or project");
                return null;
            }

            var hint = ctx.People.Contains(id) ? $"; '{id}' is a person, and people hold no books: declare an actor for it" : Suggest.Closest(id, ctx.Actors.Keys.Concat(ctx.Kindless));
            ctx.Bag.Add(at, $"'{id}' is not an actor in this scenario{hint}");
            return null;
        }

        if (!spec.Kinds.IsEmpty && !spec.Kinds.Contains(kind))
        {
            ctx.Bag.Add(at, $"'{id}' is {Article(kind)}, but {spec.Name}: needs {string.Join(" or ", spec.Kinds.Select(Article))}");
            return null;
        }

        return new ActorId(id);
    }

    private static string? PartyRef(string id, SourceSpan at, ReadContext ctx)
    {
        if (ctx.Actors.ContainsKey(id) || ctx.People.Contains(id) || ctx.Kindless.Contains(id))
        {
            return id;
        }

        ctx.Bag.Add(at, $"'{id}' is neither an actor nor a person in this scenario{Suggest.Closest(id, ctx.Actors.Keys.Concat(ctx.People))}; declare it under people: or actors:");
        return null;
    }

    private static object? ActorAmounts(FieldSpec spec, YNode node, ReadContext ctx, string where)
    {
        if (node.Kind != YNodeKind.Mapping || node.Entries.Count == 0)
        {
            ctx.Bag.Add(node.At, $"{where} should map actors to {(spec.Type == FieldType.ActorMoney ? "amounts, like { morgan-stanley: 3.5B }" : "shares, like { musk: 79% }")}");
            return null;
        }

        var result = ImmutableArray.CreateBuilder<ActorAmount>();
        var ok = true;
        foreach (var (key, value) in node.Entries)
        {
            var actor = ActorRef(key.Value!, key.At, spec, ctx);
            Figure? amount = null;
            if (Scalar(value, ctx, where) is { } text)
            {
                string? error;
                amount = spec.Type == FieldType.ActorMoney ? Quantities.Money(text, out error) : Quantities.Percent(text, allowRange: false, out error);
                if (amount is { } a && spec.Type == FieldType.ActorShares && a.Point is <= 0 or > 1)
                {
                    (amount, error) = (null, $"'{text}' is not a share above 0% and at most 100%");
                }

                if (amount is { Bound: not FigureBound.Exact })
                {
                    (amount, error) = (null, $"'{text}': give an exact figure here");
                }

                if (amount is null)
                {
                    ctx.Bag.Add(value.At, $"{where}: {error}");
                }
            }

            if (actor is ActorId id && amount is { } f)
            {
                result.Add(new ActorAmount(id, f.Point));
            }
            else
            {
                ok = false;
            }
        }

        if (ok && spec.Type == FieldType.ActorShares && result.Sum(r => r.Value) is > 1 and var total)
        {
            ctx.Bag.Add(node.At, string.Create(CultureInfo.InvariantCulture, $"{where}: the shares add up to {total * 100:0.##}%, more than 100%"));
            return null;
        }

        return ok ? result.ToImmutable() : null;
    }

    private static object? Entries(FieldSpec spec, YNode node, ReadContext ctx, string owner)
    {
        if (node.Kind != YNodeKind.Sequence || node.Items.Count == 0)
        {
            ctx.Bag.Add(node.At, $"{spec.Name}: of {owner} should be a list of entries (each starting with '- ', with {string.Join(", ", spec.Entries.Where(e => e.Required).Select(e => e.Name + ":"))}), not {node.Describe()}");
            return null;
        }

        var result = ImmutableArray.CreateBuilder<FieldValues>();
        var ok = true;
        foreach (var item in node.Items)
        {
            var (values, itemOk) = Entry.Read(item, spec.Entries, ctx, $"an entry of {spec.Name}: of {owner}");
            ok &= itemOk;
            result.Add(values);
        }

        return ok ? result.ToImmutable() : null;
    }

    /// <summary>The mapping itself, checked for shape: each value is read once the event it revises is known.</summary>
    private static object? Figures(YNode node, ReadContext ctx, string where)
    {
        if (node.Kind != YNodeKind.Mapping || node.Entries.Count == 0)
        {
            ctx.Bag.Add(node.At, $"{where} should map figure fields of the event named to their new values, like {{ training-cost: 1.6B }}");
            return null;
        }

        var ok = true;
        foreach (var (key, value) in node.Entries)
        {
            if (value.IsNull)
            {
                ctx.Bag.Add(value.At, $"{where}: {key.Value} has no value");
                ok = false;
            }
            else
            {
                ok &= Scalar(value, ctx, $"{where}: {key.Value}") is not null;
            }
        }

        return ok ? node : null;
    }

    private static object? Regions(YNode node, ReadContext ctx, string where)
    {
        if (node.Kind != YNodeKind.Mapping || node.Entries.Count == 0)
        {
            ctx.Bag.Add(node.At, $"{where} should map regions to counts, like {{ Texas: 10 }}");
            return null;
        }

        var result = ImmutableArray.CreateBuilder<RegionCount>();
        var ok = true;
        foreach (var (key, value) in node.Entries)
        {
            if (value.IsNull)
            {
                ctx.Bag.Add(value.At, $"{where}: {key.Value} has no count");
                ok = false;
            }
            else if (Scalar(value, ctx, where) is not { } text)
            {
                ok = false;
            }
            else if (Quantities.Count(text, out var error) is not { Bound: FigureBound.Exact } count)
            {
                ctx.Bag.Add(value.At, $"{where}: {error ?? $"give an exact count for {key.Value}"}");
                ok = false;
            }
            else
            {
                result.Add(new RegionCount(key.Value!, count.Point));
            }
        }

        return ok ? result.ToImmutable() : null;
    }

    private static object? List(YNode node, ReadContext ctx, string where, Func<YNode, object?> item)
    {
        var items = node.Kind == YNodeKind.Sequence ? node.Items : [node];
        var typeOfFirst = items.Count > 0 ? item(items[0]) : null;
        if (items.Count == 0)
        {
            ctx.Bag.Add(node.At, $"{where} is an empty list");
            return null;
        }

        var values = new List<object?> { typeOfFirst };
        values.AddRange(items.Skip(1).Select(item));
        if (values.Any(v => v is null))
        {
            return null;
        }

        return typeOfFirst is ActorId
            ? values.Cast<ActorId>().ToImmutableArray()
            : (object)values.Cast<string>().ToImmutableArray();
    }

    private static object? Unit(YNode node, ReadContext ctx, string where, Func<string, (Figure? Figure, string? Error)> read)
    {
        if (Scalar(node, ctx, where) is not { } text)
        {
            return null;
        }

        var (figure, error) = read(text);
        return figure is { } f ? f : Fail(node, ctx, $"{where}: {error}");
    }

    private static object? DateValue(string text, YNode node, ReadContext ctx, string where) =>
        Dates.Parse(text, out var error) is { } date ? (date, text.Trim()) : Fail(node, ctx, $"{where}: {error}");

    private static object? Checked<T>(T? value, string? error, YNode node, ReadContext ctx, string where)
        where T : struct => value is { } v ? v : Fail(node, ctx, $"{where}: {error}");

    private static object? Boolean(string text, YNode node, ReadContext ctx, string where) => text switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => Fail(node, ctx, $"{where} is '{text}'; write true or false"),
    };

    private static object? Fail(YNode node, ReadContext ctx, string message)
    {
        ctx.Bag.Add(node.At, message);
        return null;
    }

    private static string Article(ActorKind kind) => kind switch
    {
        ActorKind.Investor => "an investor",
        ActorKind.External => "the outside world",
        _ => "a " + kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
