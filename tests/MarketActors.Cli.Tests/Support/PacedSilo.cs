using System.Net;
using System.Net.Sockets;
using MarketActors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.TestingHost;

namespace MarketActors.Cli.Tests.Support;

/// <summary>
/// A running silo for commands that connect to one (<c>replay --connect</c>), configured as a standalone silo
/// (cluster <c>marketactors</c>) but pacing runs on an <see cref="InstantClock"/>; Orleans' own background work
/// stays on real time.
/// </summary>
public sealed class PacedSilo : IAsyncLifetime
{
    private IHost? _host;

    internal InstantClock Clock { get; } = new();

    public int GatewayPort { get; private set; }

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        GatewayPort = FreePort();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: GatewayPort, serviceId: "marketactors", clusterId: "marketactors");
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.AddMarketActors();
        });
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
