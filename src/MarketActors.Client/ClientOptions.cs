namespace MarketActors.Client;

/// <summary>Where a MarketActors cluster is and how it is named.</summary>
public sealed class ClientOptions
{
    /// <summary>The configuration section for these options.</summary>
    public const string Section = "MarketActors:Client";

    /// <summary>Gateways to connect to, as host:port; a localhost silo's is 127.0.0.1:30000.</summary>
    public IList<string> Gateways { get; } = ["127.0.0.1:30000"];

    /// <summary>The cluster's id, as the silos have it.</summary>
    public string ClusterId { get; set; } = "marketactors";

    /// <summary>The service's id, as the silos have it.</summary>
    public string ServiceId { get; set; } = "marketactors";

    /// <summary>How long to wait for a gateway to answer before giving up.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
