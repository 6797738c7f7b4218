using System.Net;
using System.Net.Sockets;
using MarketActors.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace MarketActors.Dashboard.Tests;

/// <summary>
/// A silo in this process, configured as the standalone silo is (localhost clustering on free loopback ports, the
/// MarketActors grains, the Orleans dashboard's collectors), and one dashboard on a free loopback port that connects
/// to it through its gateway, shared by the collection. (Orleans.TestingHost's InProcessTestCluster carries its
/// messages over an in-memory transport that no outside client can join, and the dashboard is an outside client.)
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private const string ClusterId = "dashboard-tests";
    private IHost _silo = null!;
    private int _gatewayPort;

    public TestDashboard Dashboard { get; private set; } = null!;

    public HttpClient Http => Dashboard.Http;

    public async Task InitializeAsync()
    {
        var siloPort = FreePort();
        _gatewayPort = FreePort();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseMarketActorsClustering(new SiloOptions { ClusterId = ClusterId, ServiceId = ClusterId, SiloPort = siloPort, GatewayPort = _gatewayPort, PrimarySiloPort = siloPort });
            silo.AddMarketActors();
            silo.AddDashboard();
        });
        _silo = builder.Build();
        await _silo.StartAsync();
        Dashboard = await StartDashboardAsync();
    }

    /// <summary>Starts another dashboard on this cluster, with extra command-line arguments.</summary>
    public Task<TestDashboard> StartDashboardAsync(params string[] args) => TestDashboard.StartAsync([.. ClusterArgs(), .. args]);

    /// <summary>The arguments that point a dashboard at this cluster.</summary>
    public IEnumerable<string> ClusterArgs() =>
    [
        $"--MarketActors:Client:Gateways:0=127.0.0.1:{_gatewayPort}",
        $"--MarketActors:Client:ClusterId={ClusterId}",
        $"--MarketActors:Client:ServiceId={ClusterId}",
        $"--MarketActors:Dashboard:ScenariosDirectory={Path.Combine(Paths.Root, "scenarios")}",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Orleans=Error",
    ];

    public async Task DisposeAsync()
    {
        await Dashboard.DisposeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _silo.StopAsync(timeout.Token);
        _silo.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
