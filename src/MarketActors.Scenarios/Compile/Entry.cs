using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>Reads a mapping entry against a list of field specs: unknown keys, missing keys, each value.</summary>
internal static class Entry
{
    /// <summary>Reads the fields of <paramref name="node"/>; every problem goes to the bag.</summary>
    /// <returns>The values read, and whether the entry is free of errors.</returns>
    public static (FieldValues Values, bool Ok) Read(YNode node, IReadOnlyList<FieldSpec> specs, ReadContext ctx, string owner, ISet<string>? skip = null)
    {
        var values = new FieldValues(node.At);
        var before = ctx.Bag.Items.Count;
        if (node.Kind != YNodeKind.Mapping)
        {
            ctx.Bag.Add(node.At, $"{owner} should be a mapping of fields, not {node.Describe()}");
            return (values, false);
        }

        var byName = specs.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var (key, value) in node.Entries)
        {
            var name = key.Value!;
            if (skip?.Contains(name) == true)
            {
                continue;
            }

            if (!byName.TryGetValue(name, out var spec))
            {
                ctx.Bag.Add(key.At, $"unknown field '{name}' in {owner}{Suggest.Closest(name, byName.Keys)}; known fields: {string.Join(", ", specs.Select(s => s.Name))}");
                continue;
            }

            if (FieldReader.Read(spec, value, ctx, owner) is { } read)
            {
                values.Set(name, read, value.At);
            }
        }

        foreach (var spec in specs)
        {
            if (spec.Required && skip?.Contains(spec.Name) != true && node[spec.Name] is null)
            {
                ctx.Bag.Add(node.At, $"{owner} is missing {spec.Name}: ({FirstSentence(spec.Doc)})");
            }
        }

        return (values, ctx.Bag.Items.Count == before);
    }

    private static string FirstSentence(string doc)
    {
        var stop = doc.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? doc[..stop] : doc.TrimEnd('.');
    }

    /// <summary>The entries of a list section, or an empty list with a diagnostic when it is not a list.</summary>
    public static IReadOnlyList<YNode> Items(YNode? node, string section, DiagnosticBag bag)
    {
        if (node is null || node.IsNull)
        {
            return [];
        }

        if (node.Kind != YNodeKind.Sequence)
        {
            bag.Add(node.At, $"{section}: should be a list (entries starting with '- '), not {node.Describe()}");
            return [];
        }

        return node.Items;
    }
}
