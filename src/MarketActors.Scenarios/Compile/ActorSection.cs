using System.Collections.Immutable;
using System.Globalization;
using MarketActors.Domain.Actors;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Yaml;
using static MarketActors.Scenarios.Format.FieldSpec;

namespace MarketActors.Scenarios.Compile;

/// <summary>The actors: ids and kinds first (so events may name actors declared later), then their fields.</summary>
internal static class ActorSection
{
    private const ActorKind C = ActorKind.Company;
    private const ActorKind I = ActorKind.Investor;
    private const ActorKind P = ActorKind.Project;

    public static ImmutableArray<FieldSpec> Fields { get; } =
    [
        Need("id", FieldType.Slug, "The id events use; lower-case kebab-case, unique."),
        Need("kind", FieldType.Choice, "company, investor or project.") with { Choices = ["company", "investor", "project"] },
        Need("name", FieldType.Text, "The display name."),
        May("parent", FieldType.Actor, "The project it is part of; capacity rolls up to it.", P),
        May("operator", FieldType.Actor, "Who operates it; capacity rolls up to it.", C, I, P),
        May("owner", FieldType.Actor, "Who owns it; capacity rolls up to it.", C, I, P),
        May("partners", FieldType.ActorList, "The actors behind a project.", C, I, P),
        May("builders", FieldType.ActorList, "The actors building a project.", C, I, P),
        Choose("valuation", "market (deals and marks set the value) or nav (the value is always the net assets: funds, holdings).", "market", "nav"),
        May("site", FieldType.Text, "Where it is."),
        May("area", FieldType.Area, "Its land area (875 acres)."),
        May("description", FieldType.Text, "One line for readers."),
        May("source", FieldType.Text, "Where its facts come from."),
    ];

    /// <summary>First pass: every actor's id and kind.</summary>
    public static void Declare(IReadOnlyList<YNode> actors, ReadContext ctx)
    {
        var first = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            if (actor.Kind != YNodeKind.Mapping || actor["id"] is not { Kind: YNodeKind.Scalar, Value: { } id } idNode)
            {
                continue;
            }

            var kind = actor["kind"]?.Value switch
            {
                "company" => C,
                "investor" => I,
                "project" => P,
                _ => (ActorKind?)null,
            };
            if (id == ActorId.Outside.Value)
            {
                ctx.Bag.Add(idNode.At, "'outside' is reserved for everyone outside the scenario; choose another id");
            }
            else if (!first.TryAdd(id, idNode.At))
            {
                ctx.Bag.Add(idNode.At, string.Create(CultureInfo.InvariantCulture, $"duplicate actor id '{id}' (first at line {first[id].Line})"));
            }
            else if (kind is { } k)
            {
                ctx.Actors[id] = k;
            }
            else
            {
                ctx.Kindless.Add(id);
            }
        }

        ctx.Actors[ActorId.Outside.Value] = ActorKind.External;
    }

    /// <summary>Second pass: every actor's profile.</summary>
    public static ImmutableArray<ActorProfile> Read(IReadOnlyList<YNode> actors, ReadContext ctx)
    {
        var result = ImmutableArray.CreateBuilder<ActorProfile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in actors)
        {
            var (v, ok) = Entry.Read(node, Fields, ctx, "actor");
            if (!ok || !seen.Add(v.Text("id")))
            {
                continue;
            }

            var facts = ImmutableArray.CreateBuilder<ActorFact>();
            foreach (var key in new[] { "site", "description", "source" })
            {
                if (v.MaybeText(key) is { } text)
                {
                    facts.Add(new ActorFact(key, text));
                }
            }

            if (v.Has("area"))
            {
                var (label, m2) = ((string, decimal))v.Get("area");
                facts.Add(new ActorFact("area", string.Create(CultureInfo.InvariantCulture, $"{label} ({m2 / 1_000_000m:0.##} km²)")));
            }

            result.Add(new ActorProfile(
                new ActorId(v.Text("id")),
                v.Text("kind") switch { "company" => C, "investor" => I, _ => P },
                v.Text("name"),
                v.MaybeActor("parent"),
                v.MaybeActor("operator"),
                v.MaybeActor("owner"),
                v.Actors("partners"),
                v.Actors("builders"),
                v.Choice("valuation", "market") == "nav",
                facts.ToImmutable()));
        }

        return result.ToImmutable();
    }
}
