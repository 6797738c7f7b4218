using System.ComponentModel.DataAnnotations;

namespace MarketActors.Hosting;

/// <summary>
/// How a MarketActors silo joins its cluster. Bound from the configuration section <see cref="Section"/>
/// (appsettings.json, <c>MarketActors__Silo__SiloPort</c>-style environment variables, or
/// <c>--MarketActors:Silo:SiloPort=11112</c> on the command line).
/// </summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "MarketActors:Silo";

    /// <summary>The cluster's id; silos and clients of one cluster share it.</summary>
    [Required]
    public string ClusterId { get; set; } = "marketactors";

    /// <summary>The service's id; it keys storage, and stays the same across deployments.</summary>
    [Required]
    public string ServiceId { get; set; } = "marketactors";

    /// <summary>How silos find each other: <c>localhost</c> (one machine, the first silo is the primary).</summary>
    [Required]
    [RegularExpression("^localhost$", ErrorMessage = "Clustering must be 'localhost'; other providers come with the cluster configuration.")]
    public string Clustering { get; set; } = "localhost";

    /// <summary>The port silos talk to each other on.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients (dashboards, the CLI) connect to.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The silo port of the primary silo, for the second and later silos of a localhost cluster.</summary>
    [Range(1, 65535)]
    public int PrimarySiloPort { get; set; } = 11111;

    /// <summary>Whether the silo collects what the Orleans dashboard shows (the MarketActors dashboard mounts it).</summary>
    public bool Dashboard { get; set; } = true;
}
