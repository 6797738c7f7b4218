using System.ComponentModel.DataAnnotations;
using MarketActors.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace MarketActors.Silo;

/// <summary>
/// The standalone silo: configured from appsettings.json, environment variables (<c>MarketActors__Silo__GatewayPort</c>)
/// and the command line (<c>--MarketActors:Silo:GatewayPort=30001</c>), it runs until stopped (Ctrl+C).
/// </summary>
public static class SiloHost
{
    /// <summary>Runs a silo; returns 2 when its configuration is invalid.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        // appsettings.json sits beside the binary, wherever the silo is started from.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        SiloOptions options;
        try
        {
            options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        }
        catch (InvalidOperationException ex)
        {
            // A value of the wrong type ("Failed to convert configuration value 'x' at 'MarketActors:Silo:GatewayPort'...").
            await Console.Error.WriteLineAsync($"marketactors-silo: {ex.Message}");
            return 2;
        }

        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"marketactors-silo: {SiloOptions.Section}:{string.Join(",", problem.MemberNames)}: {problem.ErrorMessage}");
            }

            return 2;
        }

        builder.UseOrleans(silo =>
        {
            silo.UseMarketActorsClustering(options).AddMarketActors();
            if (options.Dashboard)
            {
                silo.AddDashboard();
            }
        });
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MarketActors.Silo");
        await host.StartAsync(cancellationToken);
        logger.LogInformation(
            "MarketActors silo up: cluster {ClusterId}, silo port {SiloPort}, gateway 127.0.0.1:{GatewayPort}. Ctrl+C to stop.",
            options.ClusterId, options.SiloPort, options.GatewayPort);
        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
