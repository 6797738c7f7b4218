using System.Security.Cryptography;
using System.Text;
using MarketActors.Dashboard.Api;
using Microsoft.AspNetCore.Http;

namespace MarketActors.Dashboard.Hosting;

/// <summary>
/// When the dashboard listens beyond loopback, every control action (every POST) and the cluster view need the
/// token: <c>Authorization: Bearer &lt;token&gt;</c>, or the <c>token</c> cookie that opening any page with
/// <c>?token=&lt;token&gt;</c> sets. A cookie is only taken from the dashboard's own pages (no foreign Origin).
/// </summary>
internal sealed class TokenGate
{
    /// <summary>The cookie's name.</summary>
    public const string Cookie = "token";

    private readonly RequestDelegate _next;
    private readonly Binding _binding;
    private readonly byte[]? _token;

    public TokenGate(RequestDelegate next, Binding binding)
    {
        _next = next;
        _binding = binding;
        _token = binding.Token is { } token ? Encoding.UTF8.GetBytes(token) : null;
    }

    /// <summary>The path of the cluster view.</summary>
    public static PathString ClusterPath { get; } = new("/cluster");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_binding.RequiresToken)
        {
            await _next(context);
            return;
        }

        if (context.Request.Query.TryGetValue(Cookie, out var fromLink) && Matches(fromLink.ToString()))
        {
            context.Response.Cookies.Append(Cookie, fromLink.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
        }

        var guarded = HttpMethods.IsPost(context.Request.Method) || context.Request.Path.StartsWithSegments(ClusterPath);
        if (!guarded)
        {
            await _next(context);
            return;
        }

        var (presented, viaCookie) = Presented(context.Request);
        if (presented is null)
        {
            await Problems.Write(context, StatusCodes.Status401Unauthorized, "A token is required",
                "This dashboard listens beyond loopback: control actions and the cluster view need its token. Send 'Authorization: Bearer <token>', or open the dashboard once with ?token=<token>.");
            return;
        }

        if (!Matches(presented) || (viaCookie && !SameOrigin(context.Request)))
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "The token is not accepted",
                "The token sent does not match MarketActors:Dashboard:Token (a cookie is only honoured on requests from the dashboard's own pages).");
            return;
        }

        await _next(context);
    }

    private static (string? Token, bool ViaCookie) Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (header["Bearer ".Length..].Trim(), false);
        }

        if (request.Query.TryGetValue(Cookie, out var query) && !string.IsNullOrEmpty(query))
        {
            return (query.ToString(), false);
        }

        return request.Cookies.TryGetValue(Cookie, out var cookie) && !string.IsNullOrEmpty(cookie) ? (cookie, true) : (null, false);
    }

    private bool Matches(string presented) =>
        _token is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);

    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin)
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
