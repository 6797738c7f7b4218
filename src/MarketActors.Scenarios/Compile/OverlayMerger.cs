using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>
/// Applies a what-if overlay to a scenario's parsed file, before it is compiled: the overlay adds sources, GPU models,
/// actors, people and events, removes events and changes fields of events, each addressed by its id. The result is
/// compiled as one scenario, so everything the compiler checks is checked for the combination; the overlay's nodes
/// keep their file, so a problem they cause is reported in the overlay, at its line.
/// </summary>
public static class OverlayMerger
{
    /// <summary>The top-level sections of an overlay file.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["overlay", "title", "description", "base", "sources", "catalog", "actors", "people", "remove", "change", "events"];

    /// <summary>The sections every overlay file must have.</summary>
    public static IReadOnlyList<string> RequiredSections { get; } = ["overlay", "title", "base"];

    /// <summary>True when a parsed file is an overlay rather than a scenario.</summary>
    public static bool IsOverlay(YNode root) => root.Kind == YNodeKind.Mapping && root["overlay"] is not null && root["scenario"] is null;

    /// <summary>
    /// Applies <paramref name="overlay"/> (read with its file stamped on its nodes) to <paramref name="scenario"/> in place.
    /// Returns the overlay's id, or null when the overlay is in error (the problems are in <paramref name="bag"/>).
    /// </summary>
    public static string? Apply(YNode scenario, YNode overlay, DiagnosticBag bag)
    {
        if (overlay.Kind != YNodeKind.Mapping)
        {
            bag.Add(overlay.At, $"an overlay file is a mapping (overlay:, title:, base:, change: ...), not {overlay.Describe()}");
            return null;
        }

        var before = bag.Items.Count;
        foreach (var (key, _) in overlay.Entries)
        {
            if (!Sections.Contains(key.Value!))
            {
                bag.Add(key.At, $"unknown overlay section '{key.Value}'{Suggest.Closest(key.Value!, Sections)}; sections are: {string.Join(", ", Sections)}");
            }
        }

        foreach (var section in RequiredSections.Where(s => overlay[s] is null))
        {
            bag.Add(overlay.At, $"the overlay is missing {section}:");
        }

        var id = Slug(overlay["overlay"], "overlay", bag);
        var baseId = scenario["scenario"]?.Value;
        if (overlay["base"] is { } baseNode && Slug(baseNode, "base", bag) is { } named && baseId is not null && named != baseId)
        {
            bag.Add(baseNode.At, $"base: this overlay is for '{named}', but the scenario is '{baseId}'");
        }

        if (bag.Items.Count > before)
        {
            return null;
        }

        AddEntries(scenario, overlay, "sources", bag);
        if (overlay["catalog"] is { } catalog)
        {
            if (catalog.Kind != YNodeKind.Mapping || catalog["gpus"] is not { Kind: YNodeKind.Mapping } gpus)
            {
                bag.Add(catalog.At, "catalog: in an overlay holds gpus: with the models it adds");
            }
            else
            {
                var baseCatalog = Section(scenario, "catalog", YNode.Mapping(catalog.At));
                AddEntries(baseCatalog, catalog, "gpus", bag);
            }
        }

        Append(scenario, overlay, "actors", bag);
        Append(scenario, overlay, "people", bag);
        var events = scenario["events"] is { Kind: YNodeKind.Sequence } list ? list : null;
        Remove(events, overlay["remove"], bag);
        Change(events, overlay["change"], bag);
        Append(scenario, overlay, "events", bag);
        Replace(scenario, "title", overlay["title"]!);
        return bag.Items.Count > before ? null : id;
    }

    private static string? Slug(YNode? node, string key, DiagnosticBag bag)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != YNodeKind.Scalar || node.IsNull || !FieldReader.IsSlug(node.Value!))
        {
            bag.Add(node.At, $"{key}: must be a lower-case kebab-case id (letters, digits, '-'), like stargate-2025");
            return null;
        }

        return node.Value;
    }

    /// <summary>Adds the entries of a mapping section (sources:, gpus:) to the base's; an entry may not replace one.</summary>
    private static void AddEntries(YNode target, YNode overlay, string key, DiagnosticBag bag)
    {
        if (overlay[key] is not { } added)
        {
            return;
        }

        if (added.Kind != YNodeKind.Mapping)
        {
            bag.Add(added.At, $"{key}: in an overlay is a mapping of what it adds, not {added.Describe()}");
            return;
        }

        var existing = Section(target, key, YNode.Mapping(added.At));
        if (existing.Kind != YNodeKind.Mapping)
        {
            return;
        }

        foreach (var entry in added.Entries)
        {
            if (existing[entry.Key.Value!] is not null)
            {
                bag.Add(entry.Key.At, $"{key}: '{entry.Key.Value}' is already in the base scenario; an overlay adds {key}, it does not replace them");
                continue;
            }

            existing.Entries.Add(entry);
        }
    }

    /// <summary>Appends the items of a list section (actors:, people:, events:) to the base's.</summary>
    private static void Append(YNode target, YNode overlay, string key, DiagnosticBag bag)
    {
        if (overlay[key] is not { } added || added.IsNull)
        {
            return;
        }

        if (added.Kind != YNodeKind.Sequence)
        {
            bag.Add(added.At, $"{key}: in an overlay is a list of what it adds, not {added.Describe()}");
            return;
        }

        var existing = Section(target, key, YNode.Sequence(added.At));
        if (existing.Kind == YNodeKind.Sequence)
        {
            existing.Items.AddRange(added.Items);
        }
    }

    /// <summary>Removes the events listed by id.</summary>
    private static void Remove(YNode? events, YNode? remove, DiagnosticBag bag)
    {
        if (remove is null || remove.IsNull)
        {
            return;
        }

        if (remove.Kind != YNodeKind.Sequence)
        {
            bag.Add(remove.At, $"remove: is a list of the ids of the events to remove, not {remove.Describe()}");
            return;
        }

        foreach (var item in remove.Items)
        {
            if (item.Kind != YNodeKind.Scalar || item.IsNull)
            {
                bag.Add(item.At, $"remove: each item is an event id, not {item.Describe()}");
                continue;
            }

            if (Find(events, item, bag, "remove") is { } found)
            {
                events!.Items.Remove(found);
            }
        }
    }

    /// <summary>Changes fields of events addressed by id: each field given replaces the base's, or is added; null removes it.</summary>
    private static void Change(YNode? events, YNode? change, DiagnosticBag bag)
    {
        if (change is null || change.IsNull)
        {
            return;
        }

        if (change.Kind != YNodeKind.Mapping)
        {
            bag.Add(change.At, $"change: maps event ids to the fields to change (x-mark: {{ value: 12B }}), not {change.Describe()}");
            return;
        }

        foreach (var (key, fields) in change.Entries)
        {
            if (Find(events, key, bag, "change") is not { } target)
            {
                continue;
            }

            if (fields.Kind != YNodeKind.Mapping)
            {
                bag.Add(fields.At, $"change: {key.Value}: is a mapping of the fields to change, not {fields.Describe()}");
                continue;
            }

            foreach (var (field, value) in fields.Entries)
            {
                if (field.Value is "id")
                {
                    bag.Add(field.At, $"change: {key.Value}: an event's id cannot change; remove the event and add another");
                    continue;
                }

                var index = target.Entries.FindIndex(e => e.Key.Value == field.Value);
                if (value.IsNull)
                {
                    if (index < 0)
                    {
                        bag.Add(field.At, $"change: {key.Value}: the event has no {field.Value}: to remove");
                    }
                    else
                    {
                        target.Entries.RemoveAt(index);
                    }
                }
                else if (index < 0)
                {
                    target.Entries.Add(new KeyValuePair<YNode, YNode>(field, value));
                }
                else
                {
                    target.Entries[index] = new KeyValuePair<YNode, YNode>(target.Entries[index].Key, value);
                }
            }
        }
    }

    /// <summary>The base event with the id <paramref name="id"/> names, or null with a problem reported.</summary>
    private static YNode? Find(YNode? events, YNode id, DiagnosticBag bag, string section)
    {
        var ids = events?.Items.Where(e => e.Kind == YNodeKind.Mapping).Select(e => e["id"]?.Value).OfType<string>().ToList() ?? [];
        var found = events?.Items.FirstOrDefault(e => e.Kind == YNodeKind.Mapping && e["id"]?.Value == id.Value);
        if (found is null)
        {
            bag.Add(id.At, ids.Count == 0
                ? $"{section}: '{id.Value}' names no event: the base scenario's events have no ids (give an event an id: to address it)"
                : $"{section}: '{id.Value}' names no event of the base scenario{Suggest.Closest(id.Value!, ids)}; events are addressed by their id:");
        }

        return found;
    }

    /// <summary>The base's section, created when it has none.</summary>
    private static YNode Section(YNode target, string key, YNode empty)
    {
        var index = target.Entries.FindIndex(e => e.Key.Value == key);
        if (index >= 0 && !target.Entries[index].Value.IsNull)
        {
            return target.Entries[index].Value;
        }

        var keyNode = YNode.Scalar(empty.At, key, quoted: false);
        if (index >= 0)
        {
            target.Entries[index] = new KeyValuePair<YNode, YNode>(keyNode, empty);
        }
        else
        {
            target.Entries.Add(new KeyValuePair<YNode, YNode>(keyNode, empty));
        }

        return empty;
    }

    private static void Replace(YNode target, string key, YNode value)
    {
        var index = target.Entries.FindIndex(e => e.Key.Value == key);
        if (index >= 0)
        {
            target.Entries[index] = new KeyValuePair<YNode, YNode>(target.Entries[index].Key, value);
        }
    }
}
