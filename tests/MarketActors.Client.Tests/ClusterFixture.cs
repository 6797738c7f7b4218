using MarketActors.Client;
using MarketActors.Hosting;
using MarketActors.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace MarketActors.Client.Tests;

/// <summary>
/// One in-process cluster of two silos, shared by the tests of the collection. The silos pace runs on a fake
/// clock that only the tests move, and a gate lets a test hold a run's tick in flight.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Silos = 2;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public PacingClock Clock { get; } = new();

    public MarketActorsClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(Silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMarketActors();
            silo.AddIncomingGrainCallFilter<TickGateFilter>();
            silo.AddOutgoingGrainCallFilter<SnapshotCallFilter>();

            // Runs wait on the fake clock between paced ticks; Orleans' own background work stays on real time.
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Client = new MarketActorsClient(Cluster.Client);
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
