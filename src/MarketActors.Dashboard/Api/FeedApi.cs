using System.Globalization;
using System.Text.Json;
using MarketActors.Contracts;
using MarketActors.Dashboard.Runs;
using MarketActors.Domain.Actors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketActors.Dashboard.Api;

/// <summary>
/// A run's live feed as server-sent events: a <c>snapshot</c> (every tick so far), then each <c>update</c> once and in
/// order, each with its sequence number as the event id, then <c>end</c> when the run has finished. A client that
/// reconnects with Last-Event-ID (or <c>?after=</c>) gets only what it missed.
/// </summary>
internal static class FeedApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void MapFeedApi(this IEndpointRouteBuilder app) => app.MapGet("/api/runs/{id}/feed", Feed);

    private static async Task Feed(string id, long? after, HttpContext context, DashboardRuns runs)
    {
        var ct = context.RequestAborted;
        var tracker = await runs.TrackAsync(id, ct);
        var world = (await runs.PlanAsync(id)).World;
        var resumeFrom = long.TryParse(context.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : after;
        var join = tracker.Join(resumeFrom);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            if (join.Resumed)
            {
                foreach (var update in join.Missed)
                {
                    await Send(context, update.Seq, "update", Update(update, world));
                }
            }
            else
            {
                var s = join.State;
                await Send(context, s.Seq, "snapshot", new { seq = s.Seq, info = Shapes.Info(s.Info), status = Shapes.Status(s.Status), ticks = s.Ticks.Select(t => Shapes.Tick(t, world)) });
            }

            if (join.Live is null || join.State.Status.IsFinished)
            {
                await Send(context, join.State.Seq, "end", new { seq = join.State.Seq, state = Shapes.StateName(join.State.Status.State) });
                return;
            }

            await Follow(context, join, world, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            if (join.Live is not null)
            {
                tracker.Leave(join.Live);
            }
        }
    }

    private static async Task Follow(HttpContext context, FeedJoin join, World world, CancellationToken ct)
    {
        var sent = join.Resumed && !join.Missed.IsEmpty ? join.Missed[^1].Seq : join.State.Seq;
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(Heartbeat);
            try
            {
                if (!await join.Live!.WaitToReadAsync(wait.Token))
                {
                    // The subscription broke before the run finished: the client reconnects and is resumed.
                    return;
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                await context.Response.WriteAsync(": keep-alive\n\n", ct);
                await context.Response.Body.FlushAsync(ct);
                continue;
            }

            while (join.Live.TryRead(out var update))
            {
                if (update.Seq <= sent)
                {
                    continue;
                }

                await Send(context, update.Seq, "update", Update(update, world));
                sent = update.Seq;
                if (update.Status.IsFinished)
                {
                    await Send(context, update.Seq, "end", new { seq = update.Seq, state = Shapes.StateName(update.Status.State) });
                    return;
                }
            }
        }
    }

    private static object Update(RunUpdate u, World world) =>
        new { seq = u.Seq, status = Shapes.Status(u.Status), tick = u.Tick is { } t ? Shapes.Tick(t, world) : null };

    private static async Task Send(HttpContext context, long seq, string name, object data)
    {
        var json = JsonSerializer.Serialize(data, Problems.Json);
        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {seq}\nevent: {name}\ndata: {json}\n\n"), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
