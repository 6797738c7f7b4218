using System.ComponentModel.DataAnnotations;
using MarketActors.Client;
using MarketActors.Dashboard.Api;
using MarketActors.Dashboard.Hosting;
using MarketActors.Dashboard.Pages;
using MarketActors.Dashboard.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using DashboardOptions = MarketActors.Dashboard.Hosting.DashboardOptions;

namespace MarketActors.Dashboard;

/// <summary>
/// The dashboard web app: an Orleans client of a MarketActors cluster that serves pages, a JSON/HTTP API, live
/// feeds and the Orleans cluster view. Configured from appsettings.json, environment variables
/// (<c>MarketActors__Dashboard__Token</c>) and the command line (<c>--urls</c>, <c>--MarketActors:Client:Gateways:0=host:port</c>).
/// </summary>
public static class DashboardHost
{
    /// <summary>Runs the dashboard until stopped; returns 2 when its configuration is refused, 1 when it cannot start.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        error ??= Console.Error;
        var app = Build(args, error, out var exitCode);
        if (app is null)
        {
            return exitCode;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var gateways = string.Join(", ", Gateways.Read(app.Configuration).Gateways);
                await error.WriteLineAsync($"marketactors-dashboard: could not start: {ex.Message} (cluster gateways: {gateways}; start a silo with 'dotnet run --project src/MarketActors.Silo').");
                return 1;
            }

            app.Logger.LogInformation("MarketActors dashboard on {Urls}", string.Join(", ", app.Urls));
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }

    /// <summary>Builds the app, or writes why its configuration is refused and returns null with exit code 2.</summary>
    internal static WebApplication? Build(string[] args, TextWriter error, out int exitCode)
    {
        exitCode = 0;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var problems = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            problems.AddRange(results.Select(r => $"{DashboardOptions.Section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }

        var (binding, bindingProblem) = Binding.Resolve(options.Urls ?? builder.Configuration["urls"] ?? DashboardOptions.DefaultUrls, options.Token);
        if (bindingProblem is not null)
        {
            problems.Add("refusing to start: " + bindingProblem);
        }

        var client = Gateways.Read(builder.Configuration);
        var endpoints = client.Gateways.Select(g => (Text: g, Endpoint: Gateways.Parse(g))).ToList();
        problems.AddRange(endpoints.Where(e => e.Endpoint is null).Select(e => $"{ClientOptions.Section}:Gateways: '{e.Text}' is not a gateway; write host:port, like 127.0.0.1:30000."));
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine("marketactors-dashboard: " + problem);
            }

            exitCode = 2;
            return null;
        }

        builder.WebHost.UseUrls([.. binding!.Urls]);
        builder.UseOrleansClient(orleans =>
        {
            orleans.UseStaticClustering([.. endpoints.Select(e => e.Endpoint!)]);
            orleans.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = client.ClusterId;
                o.ServiceId = client.ServiceId;
            });
            orleans.AddDashboard();
        });
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(binding);
        builder.Services.AddSingleton(ScenarioFiles.Locate(options.ScenariosDirectory, builder.Environment.ContentRootPath));
        builder.Services.AddSingleton(sp => new MarketActorsClient(sp.GetRequiredService<IClusterClient>()));
        builder.Services.AddSingleton<RunTrackers>();
        builder.Services.AddSingleton<DashboardRuns>();
        builder.Services.AddSingleton<RunPictures>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseMiddleware<ErrorHandling>();
        app.UseMiddleware<TokenGate>();
        app.MapAssets();
        app.MapPages();
        app.MapReadApi();
        app.MapControlApi();
        app.MapFeedApi();
        app.MapOrleansDashboard(TokenGate.ClusterPath.Value!);
        return app;
    }
}
