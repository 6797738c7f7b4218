using System.Net;
using System.Net.Sockets;
using MarketActors.Client;
using Microsoft.Extensions.Configuration;

namespace MarketActors.Dashboard.Hosting;

/// <summary>Reads the cluster's gateways from <c>MarketActors:Client</c> and turns them into endpoints.</summary>
internal static class Gateways
{
    /// <summary>
    /// The client options from configuration. <c>Gateways</c> may be a list (<c>Gateways:0</c>, <c>Gateways:1</c>)
    /// or one comma-separated value; it replaces the default rather than adding to it.
    /// </summary>
    public static ClientOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(ClientOptions.Section);
        var options = new ClientOptions
        {
            ClusterId = section["ClusterId"] ?? "marketactors",
            ServiceId = section["ServiceId"] ?? "marketactors",
        };
        var gateways = section.GetSection("Gateways");
        var listed = gateways.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (gateways.Value is { } single)
        {
            listed.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        if (listed.Count > 0)
        {
            options.Gateways.Clear();
            foreach (var gateway in listed)
            {
                options.Gateways.Add(gateway);
            }
        }

        return options;
    }

    /// <summary>A gateway written host:port, as an endpoint; null when it cannot be read.</summary>
    public static IPEndPoint? Parse(string gateway)
    {
        if (IPEndPoint.TryParse(gateway, out var endpoint) && endpoint.Port != 0)
        {
            return endpoint;
        }

        var cut = gateway.LastIndexOf(':');
        if (cut <= 0 || !int.TryParse(gateway[(cut + 1)..], out var port) || port is <= 0 or > 65535)
        {
            return null;
        }

        var host = gateway[..cut];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new IPEndPoint(IPAddress.Loopback, port);
        }

        try
        {
            var address = Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork);
            return address is null ? null : new IPEndPoint(address, port);
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
