using System.ComponentModel.DataAnnotations;

namespace MarketActors.Dashboard.Hosting;

/// <summary>
/// How the dashboard listens and where it finds scenarios. Bound from the section <see cref="Section"/>
/// (appsettings.json, <c>MarketActors__Dashboard__Token</c>-style environment variables, or
/// <c>--MarketActors:Dashboard:Urls=http://0.0.0.0:5080</c> on the command line).
/// </summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "MarketActors:Dashboard";

    /// <summary>The default address: loopback only, so that nobody else on the network can reach it.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// The addresses to listen on, separated by ';'. When unset, <c>--urls</c> (or ASPNETCORE_URLS) applies, then
    /// <see cref="DefaultUrls"/>.
    /// </summary>
    public string? Urls { get; set; }

    /// <summary>
    /// The token control actions and the cluster view require when the dashboard listens on anything but loopback,
    /// sent as <c>Authorization: Bearer &lt;token&gt;</c> or in the <c>token</c> cookie that a <c>?token=</c> link sets.
    /// </summary>
    [MinLength(16, ErrorMessage = "The token must be at least 16 characters long; generate one with 'openssl rand -hex 24'.")]
    public string? Token { get; set; }

    /// <summary>The folder of scenario files the home page offers; by default the repository's scenarios/ above the content root.</summary>
    public string? ScenariosDirectory { get; set; }

    /// <summary>The largest scenario text accepted, in bytes.</summary>
    [Range(1, 32 * 1024 * 1024)]
    public int MaxScenarioBytes { get; set; } = 4 * 1024 * 1024;
}
