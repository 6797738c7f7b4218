using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MarketActors.Dashboard.Tests;

/// <summary>A dashboard started in this process on a port the system picks, with a client for it.</summary>
public sealed class TestDashboard : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestDashboard(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Where it answers, on loopback.</summary>
    public Uri Address { get; }

    public HttpClient Http { get; }

    public static async Task<TestDashboard> StartAsync(string[] args)
    {
        var all = args.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)) ? args : [.. args, "--urls=http://127.0.0.1:0"];
        using var error = new StringWriter();
        var app = DashboardHost.Build(all, error, out var exitCode) ?? throw new InvalidOperationException($"exit code {exitCode}: {error}");
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
        return new TestDashboard(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
