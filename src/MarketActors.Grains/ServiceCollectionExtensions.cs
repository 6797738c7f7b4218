using Microsoft.Extensions.DependencyInjection;

namespace MarketActors.Grains;

/// <summary>Registers what the MarketActors grains need on a silo.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the services the grains use (the per-silo world cache).</summary>
    public static IServiceCollection AddMarketActorsGrains(this IServiceCollection services)
    {
        services.AddSingleton<WorldCache>();
        return services;
    }
}
