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
        if (!TryBind(builder.Configuration, SiloOptions.Section, out SiloOptions options, out var problems)
            || !TryBind(builder.Configuration, TelemetryOptions.Section, out TelemetryOptions telemetry, out problems))
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"marketactors-silo: {problem}");
            }

            return 2;
        }

        builder.AddMarketActorsTelemetry(telemetry, "marketactors-silo");
        builder.UseOrleans(silo =>
        {
            silo.UseMarketActorsClustering(options).AddMarketActors().AddMarketActorsTracing(telemetry);
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

    /// <summary>Binds and validates a section; each problem names the setting, as <c>Section:Key: message</c>.</summary>
    private static bool TryBind<T>(IConfiguration configuration, string section, out T options, out List<string> problems)
        where T : class, new()
    {
        problems = [];
        try
        {
            options = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            // A value of the wrong type ("Failed to convert configuration value 'x' at 'MarketActors:Silo:GatewayPort'...").
            options = new T();
            problems.Add(ex.Message);
            return false;
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            problems.AddRange(results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            return false;
        }

        return true;
    }
}
