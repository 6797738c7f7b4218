using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketActors.Dashboard.Hosting;

/// <summary>The dashboard's own stylesheet and scripts, embedded in the assembly and served under /assets/.</summary>
internal static class Assets
{
    private static readonly Assembly Self = typeof(Assets).Assembly;

    public static void MapAssets(this IEndpointRouteBuilder app) => app.MapGet("/assets/{name}", (string name, HttpContext context) =>
    {
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => null,
        };
        var stream = type is null ? null : Self.GetManifestResourceStream("assets/" + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-cache";
        return Results.Stream(stream, type);
    });
}
