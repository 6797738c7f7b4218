using System.Collections.Immutable;
using MarketActors.Contracts;

namespace MarketActors.Grains;

/// <summary>Keeps the list of the cluster's runs, in creation order, in the silo's memory.</summary>
[CollectionAgeLimit(Days = 7)]
public sealed class RunRegistryGrain : Grain, IRunRegistryGrain
{
    private readonly List<RunInfo> _runs = [];
    private long _created;

    /// <inheritdoc />
    Task<long> IRunRegistryGrain.Register(RunInfo run)
    {
        var created = ++_created;
        _runs.RemoveAll(r => r.RunId == run.RunId);
        _runs.Add(run with { Created = created });
        return Task.FromResult(created);
    }

    /// <inheritdoc />
    Task<ImmutableArray<RunInfo>> IRunRegistryGrain.List() => Task.FromResult(_runs.ToImmutableArray());
}
