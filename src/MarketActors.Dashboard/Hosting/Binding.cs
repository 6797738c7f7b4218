using System.Net;

namespace MarketActors.Dashboard.Hosting;

/// <summary>Where the dashboard listens, and whether that is loopback only (which decides if a token is needed).</summary>
internal sealed class Binding
{
    private Binding(IReadOnlyList<string> urls, bool loopbackOnly, string? token)
    {
        Urls = urls;
        LoopbackOnly = loopbackOnly;
        Token = token;
    }

    /// <summary>The addresses.</summary>
    public IReadOnlyList<string> Urls { get; }

    /// <summary>True when every address is a loopback one: no token is needed.</summary>
    public bool LoopbackOnly { get; }

    /// <summary>The token, when one is configured.</summary>
    public string? Token { get; }

    /// <summary>True when control actions and the cluster view need the token.</summary>
    public bool RequiresToken => !LoopbackOnly;

    /// <summary>Reads the addresses; returns a problem instead when one cannot be understood or a token is missing.</summary>
    public static (Binding? Binding, string? Problem) Resolve(string urls, string? token)
    {
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            return (null, "no address to listen on; set MarketActors:Dashboard:Urls, e.g. http://127.0.0.1:5080.");
        }

        foreach (var url in list)
        {
            if (!TryHost(url, out _))
            {
                return (null, $"'{url}' is not an address to listen on; write it like http://127.0.0.1:5080.");
            }
        }

        var loopback = list.All(u => TryHost(u, out var host) && IsLoopback(host));
        if (!loopback && string.IsNullOrEmpty(token))
        {
            return (null,
                $"it would listen on {string.Join(", ", list.Where(u => !TryHost(u, out var h) || !IsLoopback(h)))}, which other machines can reach, "
                + "and no token is configured. Set MarketActors:Dashboard:Token (e.g. MarketActors__Dashboard__Token=$(openssl rand -hex 24)) "
                + "or listen on loopback only (--urls http://127.0.0.1:5080).");
        }

        return (new Binding(list, loopback, string.IsNullOrEmpty(token) ? null : token), null);
    }

    /// <summary>True for localhost and for addresses in 127.0.0.0/8 or ::1.</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool TryHost(string url, out string host)
    {
        host = string.Empty;

        // Kestrel's wildcards (http://*:80, http://+:80) are not URIs; they mean every interface.
        var wildcard = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        host = uri.Host;
        return true;
    }
}
