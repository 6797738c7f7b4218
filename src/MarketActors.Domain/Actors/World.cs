using System.Collections.Immutable;

namespace MarketActors.Domain.Actors;

/// <summary>
/// The static side of a run: who the actors and people are and what the GPU catalog holds. Every actor of a run
/// sees the same world; it never changes while the run goes on.
/// </summary>
[GenerateSerializer, Immutable, Alias("ma.world")]
public sealed class World : INameLookup
{
    /// <summary>Creates a world from parts already sorted; use <see cref="Create"/> to sort them.</summary>
    public World(string scenarioId, string title, ImmutableArray<ActorProfile> actors, ImmutableArray<PersonProfile> people, ImmutableArray<GpuModel> gpus)
    {
        ScenarioId = scenarioId;
        Title = title;
        Actors = actors;
        People = people;
        Gpus = gpus;
    }

    /// <summary>The scenario's id.</summary>
    [Id(0)]
    public string ScenarioId { get; }

    /// <summary>The scenario's title.</summary>
    [Id(1)]
    public string Title { get; }

    /// <summary>Every actor, sorted by id, including <see cref="ActorId.Outside"/>.</summary>
    [Id(2)]
    public ImmutableArray<ActorProfile> Actors { get; }

    /// <summary>Every person, sorted by id.</summary>
    [Id(3)]
    public ImmutableArray<PersonProfile> People { get; }

    /// <summary>The GPU catalog, sorted by name.</summary>
    [Id(4)]
    public ImmutableArray<GpuModel> Gpus { get; }

    [NonSerialized]
    private Index? _index;

    private Index Lookup => _index ??= new Index(this);

    /// <summary>Builds a world, sorting its parts and adding the implicit outside actor.</summary>
    public static World Create(string scenarioId, string title, IEnumerable<ActorProfile> actors, IEnumerable<PersonProfile> people, IEnumerable<GpuModel> gpus)
    {
        var all = actors.Where(a => a.Id != ActorId.Outside).Append(ActorProfile.OutsideProfile);
        return new World(
            scenarioId,
            title,
            [.. all.OrderBy(a => a.Id, ActorId.Comparer)],
            [.. people.OrderBy(p => p.Id, StringComparer.Ordinal)],
            [.. gpus.OrderBy(g => g.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The profile of an actor.</summary>
    public ActorProfile Profile(ActorId id) =>
        Lookup.Actors.TryGetValue(id, out var profile) ? profile : throw new KeyNotFoundException($"No actor '{id}' in this world.");

    /// <summary>True when the world has this actor.</summary>
    public bool Has(ActorId id) => Lookup.Actors.ContainsKey(id);

    /// <summary>The catalog entry of a GPU model.</summary>
    public GpuModel Gpu(string name) =>
        Lookup.Gpus.TryGetValue(name, out var gpu) ? gpu : throw new KeyNotFoundException($"No GPU '{name}' in the catalog.");

    /// <summary>
    /// The actors a site's capacity rolls up to: everything reachable from it through parent, operator and owner
    /// links, each once, sorted by id. The site itself is not included.
    /// </summary>
    public ImmutableArray<ActorId> RollupTargets(ActorId site) => Lookup.Rollups(site);

    /// <inheritdoc />
    public string NameOf(ActorId id) => Lookup.Actors.TryGetValue(id, out var p) ? p.Name : id.Value;

    /// <inheritdoc />
    public string NameOfParty(string id)
    {
        if (Lookup.Actors.TryGetValue(new ActorId(id), out var actor))
        {
            return actor.Name;
        }

        return Lookup.People.TryGetValue(id, out var person) ? person.Name : id;
    }

    /// <summary>Lookups built once per world instance (rollups on first use, per site); never serialized.</summary>
    private sealed class Index
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ActorId, ImmutableArray<ActorId>> _rollups = new();

        public Index(World world)
        {
            Actors = world.Actors.ToDictionary(a => a.Id);
            People = world.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
            Gpus = world.Gpus.ToDictionary(g => g.Name, StringComparer.Ordinal);
        }

        public Dictionary<ActorId, ActorProfile> Actors { get; }

        public Dictionary<string, PersonProfile> People { get; }

        public Dictionary<string, GpuModel> Gpus { get; }

        /// <summary>Everything reachable from a site through parent, operator and owner links, each once, sorted.</summary>
        public ImmutableArray<ActorId> Rollups(ActorId site) => _rollups.GetOrAdd(site, Reach);

        private ImmutableArray<ActorId> Reach(ActorId site)
        {
            if (!Actors.TryGetValue(site, out var start))
            {
                return [];
            }

            var seen = new SortedSet<ActorId>(ActorId.Comparer);
            var queue = new Queue<ActorId>();
            Enqueue(start, queue);
            while (queue.Count > 0)
            {
                var next = queue.Dequeue();
                if (next == site || !seen.Add(next) || !Actors.TryGetValue(next, out var profile))
                {
                    continue;
                }

                Enqueue(profile, queue);
            }

            return [.. seen];
        }

        private static void Enqueue(ActorProfile profile, Queue<ActorId> queue)
        {
            foreach (var link in new[] { profile.Parent, profile.Operator, profile.Owner })
            {
                if (link is { } id)
                {
                    queue.Enqueue(id);
                }
            }
        }
    }
}
