using MarketActors.Hosting;
using Orleans.TestingHost;

namespace MarketActors.Engine.Tests;

/// <summary>One in-process cluster of three silos, shared by the tests of the collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Silos = 3;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(Silos);
        builder.ConfigureSilo((_, silo) => silo.AddMarketActors());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
