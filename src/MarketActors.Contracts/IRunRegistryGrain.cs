using System.Collections.Immutable;

namespace MarketActors.Contracts;

/// <summary>The runs of a cluster, in the order they were created (key: <see cref="Key"/>).</summary>
public interface IRunRegistryGrain : IGrainWithStringKey
{
    /// <summary>The registry's key.</summary>
    const string Key = "runs";

    /// <summary>Records a run and returns its creation number.</summary>
    Task<long> Register(RunInfo run);

    /// <summary>Every run, oldest first.</summary>
    Task<ImmutableArray<RunInfo>> List();
}
