using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>
/// Compiles the text of a scenario file into a <see cref="RunPlan"/>, or reports every problem in it. Names are
/// declared in a first pass, so that any entry may refer to any other, wherever it is written.
/// </summary>
public static class ScenarioCompiler
{
    /// <summary>The top-level sections of a scenario file.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["scenario", "title", "description", "sources", "catalog", "actors", "people", "events"];

    /// <summary>The sections every scenario file must have.</summary>
    public static IReadOnlyList<string> RequiredSections { get; } = ["scenario", "title", "sources", "actors", "events"];

    /// <summary>Compiles <paramref name="text"/>, read from <paramref name="file"/> (used in diagnostics only).</summary>
    public static CompileResult Compile(string text, string file, long seed = 0) => Compile(text, file, [], seed);

    /// <summary>
    /// Compiles <paramref name="text"/> with what-if <paramref name="overlays"/> applied in order. Each problem is
    /// reported in the file that causes it; the scenario's id becomes <c>base+overlay</c>, its title the overlay's.
    /// </summary>
    public static CompileResult Compile(string text, string file, IReadOnlyList<ScenarioText> overlays, long seed = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(overlays);
        var bag = new DiagnosticBag(file);
        var root = YamlReader.Read(text, bag);
        if (bag.HasErrors)
        {
            return new CompileResult(null, bag.Sorted());
        }

        // Blank, only comments, only '---' or '~': nothing to compile.
        if (root is null || root.IsNull)
        {
            bag.Add(SourceSpan.Start, "the file is empty; a scenario needs scenario:, title:, sources:, actors: and events:");
            return new CompileResult(null, bag.Sorted());
        }

        if (root.Kind != YNodeKind.Mapping)
        {
            bag.Add(root.At, $"a scenario file is a mapping (scenario:, title:, actors:, events: ...), not {root.Describe()}");
            return new CompileResult(null, bag.Sorted());
        }

        if (OverlayMerger.IsOverlay(root))
        {
            var of = root["base"]?.Value is { Length: > 0 } named ? $"an overlay of '{named}'" : "an overlay";
            bag.Add(root["overlay"]!.At, $"this file is {of}, not a scenario: give it with its base scenario, as in 'marketactors replay BASE.yaml --overlay {Path.GetFileName(file)}'");
            return new CompileResult(null, bag.Sorted());
        }

        var ids = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var overlay in overlays)
        {
            var read = new DiagnosticBag(overlay.File);
            var node = YamlReader.Read(overlay.Text, read, stampFile: true);
            if (!read.HasErrors && (node is null || node.IsNull))
            {
                read.Add(SourceSpan.Start, "the overlay is empty; an overlay needs overlay:, title: and base:, then what it changes");
            }

            if (read.HasErrors)
            {
                problems.AddRange(read.Sorted());
                continue;
            }

            if (OverlayMerger.Apply(root, node!, bag) is { } id)
            {
                ids.Add(id);
            }
        }

        if (problems.Count > 0 || bag.HasErrors)
        {
            return new CompileResult(null, [.. bag.Sorted(), .. problems]);
        }

        var scenario = CompileRoot(root, file, bag, seed, ids);
        return new CompileResult(bag.HasErrors ? null : scenario, bag.Sorted());
    }

    private static CompiledScenario? CompileRoot(YNode root, string file, DiagnosticBag bag, long seed, IReadOnlyList<string> overlays)
    {
        var ctx = new ReadContext(bag);
        foreach (var (key, _) in root.Entries)
        {
            if (!Sections.Contains(key.Value!))
            {
                bag.Add(key.At, $"unknown section '{key.Value}'{Suggest.Closest(key.Value!, Sections)}; sections are: {string.Join(", ", Sections)}");
            }
        }

        foreach (var section in RequiredSections.Where(s => root[s] is null))
        {
            bag.Add(root.At, $"the scenario is missing {section}:");
        }

        var id = Header(root, "scenario", ctx);
        if (id is not null && !FieldReader.IsSlug(id))
        {
            bag.Add(root["scenario"]!.At, $"scenario: '{id}' must be lower-case kebab-case (letters, digits, '-'), like stargate-2025");
        }

        var title = Header(root, "title", ctx);
        var sources = HeaderSections.Sources(root["sources"], ctx);
        var gpus = HeaderSections.Catalog(root["catalog"], ctx);
        var actorNodes = Entry.Items(root["actors"], "actors", bag);
        var peopleNodes = Entry.Items(root["people"], "people", bag);
        var eventNodes = Entry.Items(root["events"], "events", bag);
        if (root["actors"] is { } actorsNode && (actorsNode.IsNull || actorsNode.Kind == YNodeKind.Sequence) && actorNodes.Count == 0)
        {
            bag.Add(actorsNode.At, "actors: is empty; declare at least one actor");
        }

        ActorSection.Declare(actorNodes, ctx);
        HeaderSections.DeclarePeople(peopleNodes, ctx);
        EventSection.DeclareIds(eventNodes, ctx);
        var actors = ActorSection.Read(actorNodes, ctx);
        var people = HeaderSections.People(peopleNodes, ctx);
        GraphChecks.Parents(actors, actorNodes, bag);
        var written = EventSection.Read(eventNodes, ctx);
        var schedule = written.OrderBy(w => w.At).ThenBy(w => w.Order).ToList();
        GraphChecks.Ownership(schedule, bag);
        if (bag.HasErrors || id is null || title is null)
        {
            return null;
        }

        // A scenario with overlays is another story than its base: its id says which.
        id = string.Join('+', [id, .. overlays]);
        var world = World.Create(id, title, actors, people, gpus);
        var events = schedule
            .Select((w, seq) => new ScheduledEvent(seq, w.At, w.DateLabel, w.Id, w.Type, w.Sources, w.Note, w.Body) { Known = w.Known, Revisions = w.Revisions.IsDefault ? [] : w.Revisions })
            .ToImmutableArray();
        return new CompiledScenario(file, new RunPlan(world, events, seed), [.. schedule.Select(w => w.Where)], sources);
    }

    /// <summary>A header value (scenario:, title:); its absence is reported with the required sections.</summary>
    private static string? Header(YNode root, string key, ReadContext ctx)
    {
        if (root[key] is not { } node)
        {
            return null;
        }

        if (node.IsNull)
        {
            ctx.Bag.Add(node.At, $"{key}: has no value");
            return null;
        }

        return FieldReader.Scalar(node, ctx, $"{key}:");
    }
}

/// <summary>A scenario or overlay file's text, and the name diagnostics give it.</summary>
/// <param name="Text">The YAML.</param>
/// <param name="File">The file's name or path, as the user gave it.</param>
public sealed record ScenarioText(string Text, string File);
