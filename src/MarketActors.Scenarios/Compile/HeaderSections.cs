using System.Collections.Immutable;
using System.Globalization;
using MarketActors.Domain.Actors;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Yaml;
using static MarketActors.Scenarios.Format.FieldSpec;

namespace MarketActors.Scenarios.Compile;

/// <summary>The sections before the events: sources, the GPU catalog and people.</summary>
internal static class HeaderSections
{
    public static ImmutableArray<FieldSpec> SourceFields { get; } =
    [
        Need("title", FieldType.Text, "The source's title."),
        May("date", FieldType.Date, "When it was published."),
        May("publisher", FieldType.Text, "Who published it."),
        May("url", FieldType.Text, "Where to read it."),
        May("language", FieldType.Text, "Its language."),
    ];

    public static ImmutableArray<FieldSpec> GpuFields { get; } =
    [
        Need("bf16-pflops", FieldType.Number, "Dense BF16 PFLOPS of one GPU."),
        Need("watts", FieldType.Number, "Power of one GPU, in watts."),
        May("h100e", FieldType.Number, "H100-equivalents of one GPU; by default its PFLOPS over the basis model's."),
        May("note", FieldType.Text, "Where the figures come from."),
    ];

    public static ImmutableArray<FieldSpec> PersonFields { get; } =
    [
        Need("id", FieldType.Slug, "The id events use in by: fields."),
        Need("name", FieldType.Text, "The display name."),
        May("role", FieldType.Text, "What they are."),
        May("affiliation", FieldType.Actor, "The actor they belong to."),
    ];

    /// <summary>Reads sources: each key maps to a title, or to fields.</summary>
    public static ImmutableSortedDictionary<string, string> Sources(YNode? node, ReadContext ctx)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (node is null || node.IsNull)
        {
            return result.ToImmutable();
        }

        if (node.Kind != YNodeKind.Mapping)
        {
            ctx.Bag.Add(node.At, "sources: should map keys to sources, like herald: { title: ..., date: 2025-01-25 }");
            return result.ToImmutable();
        }

        foreach (var (key, value) in node.Entries)
        {
            var name = key.Value!;
            if (!FieldReader.IsSlug(name))
            {
                ctx.Bag.Add(key.At, $"source key '{name}' must be lower-case kebab-case");
                continue;
            }

            ctx.Sources.Add(name);
            if (value.Kind == YNodeKind.Scalar && !value.IsNull)
            {
                result[name] = value.Value!;
                continue;
            }

            var (values, ok) = Entry.Read(value, SourceFields, ctx, $"source '{name}'");
            if (ok)
            {
                result[name] = values.Text("title");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Reads the GPU catalog; needs every model's PFLOPS and watts, and a basis for H100-equivalents.</summary>
    public static ImmutableArray<GpuModel> Catalog(YNode? node, ReadContext ctx)
    {
        if (node is null || node.IsNull)
        {
            return [];
        }

        if (node.Kind != YNodeKind.Mapping)
        {
            ctx.Bag.Add(node.At, "catalog: should be a mapping with gpus: and optionally h100e-basis:");
            return [];
        }

        var raw = new List<(string Name, decimal Pflops, decimal Watts, decimal? H100e, YNode At)>();
        string? basis = null;
        YNode? basisNode = null;
        foreach (var (key, value) in node.Entries)
        {
            switch (key.Value)
            {
                case "h100e-basis":
                    basis = FieldReader.Scalar(value, ctx, "h100e-basis: of catalog");
                    basisNode = value;
                    break;
                case "gpus" when value.Kind == YNodeKind.Mapping:
                    foreach (var (model, fields) in value.Entries)
                    {
                        var owner = $"GPU '{model.Value}'";
                        if (model.Value == GpuModel.Unstated)
                        {
                            ctx.Bag.Add(model.At, $"'{GpuModel.Unstated}' is not a GPU model: leave gpu: out of an event whose source gives no model, and its GPUs count as GPUs of no stated model");
                            continue;
                        }

                        var (values, ok) = Entry.Read(fields, GpuFields, ctx, owner);
                        if (!ok)
                        {
                            ctx.Gpus.Add(model.Value!);
                            continue;
                        }

                        var pflops = Positive(values.Text("bf16-pflops"), fields["bf16-pflops"]!, ctx, owner, "bf16-pflops");
                        var watts = Positive(values.Text("watts"), fields["watts"]!, ctx, owner, "watts");
                        var h100e = values.Has("h100e") ? Positive(values.Text("h100e"), fields["h100e"]!, ctx, owner, "h100e") : null;
                        ctx.Gpus.Add(model.Value!);
                        if (pflops is { } p && watts is { } w && (h100e is not null || !values.Has("h100e")))
                        {
                            raw.Add((model.Value!, p, w, h100e, model));
                        }
                    }

                    break;
                case "gpus":
                    ctx.Bag.Add(value.At, "gpus: of catalog should map model names to { bf16-pflops: ..., watts: ... }");
                    break;
                default:
                    ctx.Bag.Add(key.At, $"unknown field '{key.Value}' in catalog{Suggest.Closest(key.Value!, ["gpus", "h100e-basis"])}; known fields: gpus, h100e-basis");
                    break;
            }
        }

        // A basis written in the catalog but with bad figures has its own diagnostic; the models that derive
        // from it are not reported again.
        basis ??= ctx.Gpus.Contains("H100") ? "H100" : null;
        var basisModel = raw.FirstOrDefault(g => g.Name == basis);
        if (basis is not null && !ctx.Gpus.Contains(basis) && basisNode is not null)
        {
            ctx.Bag.Add(basisNode.At, $"h100e-basis '{basis}' is not a GPU of the catalog{Suggest.Closest(basis, raw.Select(g => g.Name))}");
        }

        var models = ImmutableArray.CreateBuilder<GpuModel>();
        foreach (var g in raw)
        {
            if (g.H100e is { } explicitly)
            {
                models.Add(new GpuModel(g.Name, g.Pflops, g.Watts, explicitly));
            }
            else if (basisModel.Name is not null && Ratio(g.Pflops, basisModel.Pflops) is { } derived)
            {
                models.Add(new GpuModel(g.Name, g.Pflops, g.Watts, derived));
            }
            else if (basisModel.Name is not null)
            {
                ctx.Bag.Add(g.At.At, $"GPU '{g.Name}': its bf16-pflops over the basis model's is too large to compute; give h100e: or check the figures");
            }
            else if (basis is null || !ctx.Gpus.Contains(basis))
            {
                ctx.Bag.Add(g.At.At, $"GPU '{g.Name}' needs h100e:, or the catalog needs an H100 entry (or h100e-basis:) to derive it from");
            }
        }

        return models.ToImmutable();
    }

    /// <summary>Collects people's ids (first pass).</summary>
    public static void DeclarePeople(IReadOnlyList<YNode> people, ReadContext ctx)
    {
        foreach (var person in people)
        {
            if (person.Kind == YNodeKind.Mapping && person["id"] is { Kind: YNodeKind.Scalar, Value: { } id } idNode)
            {
                if (ctx.Actors.ContainsKey(id) || ctx.Kindless.Contains(id))
                {
                    ctx.Bag.Add(idNode.At, $"'{id}' is already an actor's id; people and actors share one set of ids");
                }
                else if (!ctx.People.Add(id))
                {
                    ctx.Bag.Add(idNode.At, $"duplicate person id '{id}'");
                }
            }
        }
    }

    /// <summary>Reads people (second pass).</summary>
    public static ImmutableArray<PersonProfile> People(IReadOnlyList<YNode> people, ReadContext ctx)
    {
        var result = ImmutableArray.CreateBuilder<PersonProfile>();
        foreach (var node in people)
        {
            var (values, ok) = Entry.Read(node, PersonFields, ctx, "person");
            if (ok)
            {
                result.Add(new PersonProfile(values.Text("id"), values.Text("name"), values.MaybeText("role")));
            }
        }

        return result.ToImmutable();
    }

    private static decimal? Positive(string text, YNode node, ReadContext ctx, string owner, string field)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        ctx.Bag.Add(node.At, $"{field}: of {owner} should be a number above zero, not '{text}'");
        return null;
    }

    private static decimal? Ratio(decimal numerator, decimal denominator)
    {
        try
        {
            return numerator / denominator;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
