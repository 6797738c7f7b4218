using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Compile;

/// <summary>Cycles where none may be: in project parents, and in ownership (who holds equity in whom).</summary>
internal static class GraphChecks
{
    /// <summary>Reports each actor whose parent chain comes back to it.</summary>
    public static void Parents(IReadOnlyList<ActorProfile> actors, IReadOnlyList<YNode> nodes, DiagnosticBag bag)
    {
        var parent = actors.Where(a => a.Parent is not null).ToDictionary(a => a.Id, a => a.Parent!.Value);
        foreach (var actor in actors)
        {
            var seen = new List<ActorId> { actor.Id };
            var current = actor.Id;
            while (parent.TryGetValue(current, out var next))
            {
                if (next == actor.Id)
                {
                    var at = nodes.FirstOrDefault(n => n["id"]?.Value == actor.Id.Value)?["parent"]?.At ?? SourceSpan.Start;
                    bag.Add(at, $"parent cycle: {string.Join(" → ", seen.Append(next))}");
                    break;
                }

                if (seen.Contains(next))
                {
                    break;
                }

                seen.Add(next);
                current = next;
            }
        }
    }

    /// <summary>Reports the first event, in schedule order, whose new holding closes an ownership cycle.</summary>
    public static void Ownership(IReadOnlyList<EventSection.Written> schedule, DiagnosticBag bag)
    {
        var holds = new Dictionary<ActorId, HashSet<ActorId>>();
        foreach (var written in schedule)
        {
            var edges = written.Body switch
            {
                InvestmentMade i => [(i.Investor, i.Company)],
                CompanyAcquired a => a.Buyers.Select(b => (b.Actor, a.Target)).ToList(),
                _ => new List<(ActorId, ActorId)>(),
            };
            foreach (var (holder, issuer) in edges)
            {
                if (holder == issuer || Reaches(holds, issuer, holder))
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
