using System.Collections.Immutable;
using System.Net;
using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace MarketActors.Client;

/// <summary>
/// A connection to a MarketActors silo or cluster: load scenarios into runs, control and query them, follow
/// their live feed. Create one with <see cref="ConnectAsync"/>, or wrap the cluster client of a host that
/// already has one.
/// </summary>
public sealed class MarketActorsClient : IAsyncDisposable
{
    private readonly IHost? _host;

    /// <summary>Wraps an Orleans cluster client the caller owns.</summary>
    public MarketActorsClient(IClusterClient client)
        : this(client, null)
    {
    }

    private MarketActorsClient(IClusterClient client, IHost? host)
    {
        Grains = client;
        _host = host;
    }

    /// <summary>The Orleans client, for what this class does not wrap.</summary>
    public IClusterClient Grains { get; }

    /// <summary>Connects to the gateways of <paramref name="options"/>.</summary>
    /// <exception cref="ConnectionFailedException">No silo answered.</exception>
    public static async Task<MarketActorsClient> ConnectAsync(ClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gateways = options.Gateways.Select(ParseGateway).ToList();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering([.. gateways]);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            client.Configure<ConnectionOptions>(o => o.OpenConnectionTimeout = options.ConnectTimeout);

            // Retry for a few seconds (a silo may still be starting), then tell the user nothing is listening.
            var started = System.Diagnostics.Stopwatch.StartNew();
            client.UseConnectionRetryFilter(async (_, ct) =>
            {
                if (started.Elapsed >= options.ConnectTimeout)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
                return true;
            });
        });
        var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout + options.ConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new ConnectionFailedException(
                $"No MarketActors silo answered at {string.Join(", ", options.Gateways)} (cluster '{options.ClusterId}'). Start one with 'dotnet run --project src/MarketActors.Silo'.", ex);
        }
        catch (OperationCanceledException)
        {
            host.Dispose();
            throw;
        }

        return new MarketActorsClient(host.Services.GetRequiredService<IClusterClient>(), host);
    }

    /// <summary>A new run id for a scenario: unique, readable.</summary>
    public static string NewRunId(string scenarioId) => $"{scenarioId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Has the silo validate a scenario's text and load it into a new run, ready to start.</summary>
    /// <exception cref="ScenarioInvalidException">The scenario has problems.</exception>
    public async Task<RunHandle> LoadAsync(ScenarioSource source, string? runId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = string.Join('+', [Path.GetFileNameWithoutExtension(source.FileName), .. (source.Overlays.IsDefault ? [] : source.Overlays).Select(o => Path.GetFileNameWithoutExtension(o.FileName))]);
        var id = runId ?? NewRunId(name);
        var result = await Grains.Run(id).Load(source);
        return result.Ok ? Run(id) : throw new ScenarioInvalidException(result.Problems);
    }

    /// <summary>Loads a plan compiled on this side into a new run, ready to start.</summary>
    public async Task<RunHandle> LoadAsync(RunPlan plan, string source, string? runId = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = runId ?? NewRunId(plan.World.ScenarioId);
        await Grains.Run(id).LoadPlan(plan, source);
        return Run(id);
    }

    /// <summary>A handle on an existing run.</summary>
    public RunHandle Run(string runId) => new(Grains, runId);

    /// <summary>Every run of the cluster, oldest first.</summary>
    public Task<ImmutableArray<RunInfo>> ListRunsAsync() => Grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.Key).List();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
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
    }

    private static IPEndPoint ParseGateway(string gateway)
    {
        if (IPEndPoint.TryParse(gateway, out var endpoint) && endpoint.Port != 0)
        {
            return endpoint;
        }

        var cut = gateway.LastIndexOf(':');
        if (cut > 0 && int.TryParse(gateway[(cut + 1)..], out var port) && port is > 0 and < 65536)
        {
            var host = gateway[..cut];
            var address = host is "localhost" ? IPAddress.Loopback : Resolve(host, gateway);
            if (address is not null)
            {
                return new IPEndPoint(address, port);
            }
        }

        throw new ArgumentException($"'{gateway}' is not a gateway; write host:port, like 127.0.0.1:30000.", nameof(gateway));
    }

    private static IPAddress? Resolve(string host, string gateway)
    {
        try
        {
            return Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new ConnectionFailedException($"Cannot find the host of gateway '{gateway}': {ex.Message}.", ex);
        }
    }
}
