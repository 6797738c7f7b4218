using System.Net;
using MarketActors.Dashboard.Runs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MarketActors.Dashboard.Api;

/// <summary>
/// Turns what requests fail with into answers a person can act on: unknown runs and actors are 404, an unreachable
/// cluster is 503; anything else is 500 and logged. API paths get problem details; pages get a short HTML page.
/// </summary>
internal sealed class ErrorHandling
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ErrorHandling> _logger;

    public ErrorHandling(RequestDelegate next, ILogger<ErrorHandling> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, title, detail) = ex switch
            {
                NotFoundException => (404, "Not found", ex.Message),
                TimeoutException or SiloUnavailableException or OrleansMessageRejectionException =>
                    (503, "The cluster did not answer", $"The MarketActors silo did not answer ({ex.GetType().Name}); check that it runs and that MarketActors:Client:Gateways points at it."),
                _ => (500, "Internal error", "The dashboard failed on this request; its log has the details."),
            };
            if (status == 500)
            {
                _logger.LogError(ex, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            }

            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Problems.Write(context, status, title, detail);
            }
            else
            {
                context.Response.StatusCode = status;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    $"<!doctype html><meta charset=utf-8><title>{WebUtility.HtmlEncode(title)}</title><link rel=stylesheet href=/assets/app.css>"
                    + $"<main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p><a href=/>Back to the runs</a></p></main>");
            }
        }
    }
}
