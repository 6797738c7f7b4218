using Microsoft.Extensions.DependencyInjection;

namespace MarketActors.Grains;

/// <summary>Registers what the MarketActors grains need on a silo.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the services the grains use: the per-silo world cache and the engine's telemetry.</summary>
    public static IServiceCollection AddMarketActorsGrains(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<WorldCache>();
        services.AddSingleton<EngineTelemetry>();
        return services;
    }
}
