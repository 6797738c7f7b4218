using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>Cycles where none may be: in project parents, and in ownership (who holds equity in whom).</summary>
internal static class GraphChecks
{
    /// <summary>
    /// Reports each parent cycle once, at the <c>parent:</c> of its member written first. Each actor is walked
    /// once, so long chains of projects cost linear time.
    /// </summary>
    public static void Parents(IReadOnlyList<ActorProfile> actors, IReadOnlyList<YNode> nodes, DiagnosticBag bag)
    {
        var parent = actors.Where(a => a.Parent is not null).ToDictionary(a => a.Id, a => a.Parent!.Value);
        var order = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var done = new HashSet<ActorId>();
        foreach (var actor in actors)
        {
            var path = new List<ActorId>();
            var onPath = new Dictionary<ActorId, int>();
            var current = actor.Id;
            while (!done.Contains(current))
            {
                if (onPath.TryGetValue(current, out var start))
                {
                    var cycle = path.Skip(start).ToList();
                    var first = cycle.IndexOf(cycle.MinBy(id => order.GetValueOrDefault(id, int.MaxValue)));
                    var ring = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
                    var at = nodes.FirstOrDefault(n => n["id"]?.Value == ring[0].Value)?["parent"]?.At ?? SourceSpan.Start;
                    bag.Add(at, $"parent cycle: {string.Join(" → ", ring.Append(ring[0]))}; a project cannot be its own parent, directly or through others");
                    break;
                }

                onPath[current] = path.Count;
                path.Add(current);
                if (!parent.TryGetValue(current, out var next))
                {
                    break;
                }

                current = next;
            }

            done.UnionWith(path);
        }
    }

    /// <summary>Reports the first event, in schedule order, whose new holding closes an ownership cycle.</summary>
    public static void Ownership(IReadOnlyList<EventSection.Written> schedule, DiagnosticBag bag)
    {
        var holds = new Dictionary<ActorId, HashSet<ActorId>>();
        foreach (var written in schedule)
        {
            foreach (var (holder, issuer) in written.Body.Holdings)
            {
                if (holder == issuer)
                {
                    bag.Add(written.Where, $"{holder} cannot buy shares of itself");
                    continue;
                }

                if (Reaches(holds, issuer, holder))
                {
                    bag.Add(written.Where, $"ownership cycle: {holder} would hold {issuer}, which already holds {holder} (directly or through others)");
                    continue;
                }

                if (!holds.TryGetValue(holder, out var set))
                {
                    holds[holder] = set = [];
                }

                set.Add(issuer);
            }
        }
    }

    private static bool Reaches(Dictionary<ActorId, HashSet<ActorId>> holds, ActorId from, ActorId to)
    {
        var stack = new Stack<ActorId>([from]);
        var seen = new HashSet<ActorId>();
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next == to)
            {
                return true;
            }

            if (seen.Add(next) && holds.TryGetValue(next, out var issuers))
            {
                foreach (var issuer in issuers)
                {
                    stack.Push(issuer);
                }
            }
        }

        return false;
    }
}
