using System.Net;
using System.Net.Sockets;
using MarketActors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MarketActors.Cli.Hosting;

/// <summary>
/// An Orleans silo inside this process: localhost clustering on free loopback ports, in-memory storage,
/// nothing to install. Its logs go to standard error at warning level and above, so that standard output
/// carries only the report.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host, int gatewayPort)
    {
        _host = host;
        GatewayPort = gatewayPort;
    }

    /// <summary>The loopback port clients can connect to.</summary>
    public int GatewayPort { get; }

    /// <summary>The silo's own cluster client.</summary>
    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts a silo and waits until it accepts calls.</summary>
    public static Task<EmbeddedSilo> StartAsync(CancellationToken cancellationToken) => StartAsync(new TelemetryOptions(), cancellationToken);

    /// <summary>Starts a silo that exports the telemetry <paramref name="telemetry"/> asks for, and waits until it accepts calls.</summary>
    public static async Task<EmbeddedSilo> StartAsync(TelemetryOptions telemetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);

        // Orleans' start-up advice (server GC, watchdog) is for operators of long-lived silos, not for a replay.
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddMarketActorsTelemetry(telemetry, "marketactors-cli");
        var gatewayPort = FreePort();
        builder.UseOrleans(silo =>
        {
            // Named like a standalone silo's cluster, so that clients (replay --connect, dashboards) can join it.
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: gatewayPort, serviceId: "marketactors", clusterId: "marketactors");
            silo.AddMarketActors().AddMarketActorsTracing(telemetry);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host, gatewayPort);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
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
