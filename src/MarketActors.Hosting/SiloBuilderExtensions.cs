using System.Net;
using MarketActors.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketActors.Hosting;

/// <summary>Configures a silo to host MarketActors runs.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// Adds the MarketActors grains and what they need: the world cache, a time provider for pacing, and
    /// in-memory grain storage.
    /// </summary>
    public static ISiloBuilder AddMarketActors(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddMemoryGrainStorageAsDefault();
        silo.Services.AddMarketActorsGrains();
        silo.Services.TryAddSingleton(TimeProvider.System);
        return silo;
    }

    /// <summary>Joins the cluster the options describe.</summary>
    public static ISiloBuilder UseMarketActorsClustering(this ISiloBuilder silo, SiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.UseLocalhostClustering(
            siloPort: options.SiloPort,
            gatewayPort: options.GatewayPort,
            primarySiloEndpoint: new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort),
            serviceId: options.ServiceId,
            clusterId: options.ClusterId);
        return silo;
    }
}
