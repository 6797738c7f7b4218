using System.Globalization;
using MarketActors.Dashboard.Hosting;
using MarketActors.Dashboard.Runs;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting;
using MarketActors.Reporting.Flows;
using MarketActors.Reporting.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketActors.Dashboard.Api;

/// <summary>The read side of the HTTP API: runs, their timeline, actors, series, answers, flows and charts.</summary>
internal static class ReadApi
{
    /// <summary>The most events one page of <c>/events</c> returns.</summary>
    public const int MaxPage = 5_000;

    public static void MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/scenarios", (ScenarioFiles files) => new { scenarios = files.Names(), overlays = files.OverlayNames() });
        api.MapGet("/runs", async (DashboardRuns runs) => (await runs.ListAsync()).Select(r => Shapes.Run(r.Info, r.Status)));
        api.MapGet("/runs/{id}", async (string id, DashboardRuns runs) =>
        {
            var run = await runs.FindAsync(id);
            var info = await run.GetInfoAsync() ?? throw new NotFoundException($"Run '{id}' is no longer held by the cluster.");
            return Shapes.Run(info, await run.GetStatusAsync());
        });
        api.MapGet("/runs/{id}/events", Events);
        api.MapGet("/runs/{id}/actors", async (string id, DashboardRuns runs, CancellationToken ct) =>
        {
            var run = await runs.ViewAsync(id, ct);
            return new
            {
                runId = id,
                seq = run.State.Seq,
                at = run.State.Status.At,
                actors = run.View.World.Actors.Select(a => Shapes.Profile(a, Shapes.Values(run.View.End(a.Id).Metrics))),
            };
        });
        api.MapGet("/runs/{id}/actors/{actor}", Actor);
        api.MapGet("/runs/{id}/series", Series);
        api.MapGet("/runs/{id}/report", async (string id, DashboardRuns runs, CancellationToken ct) =>
        {
            var run = await runs.ViewAsync(id, ct);
            var report = RunReport.Build(run.View);
            return new { runId = id, seq = run.State.Seq, at = run.State.Status.At, answers = report.Answers.Select(Table), endState = report.EndState.Select(Table) };
        });
        api.MapGet("/runs/{id}/flows", async (string id, DashboardRuns runs, CancellationToken ct) =>
        {
            var run = await runs.ViewAsync(id, ct);
            var world = run.View.World;
            var flows = MoneyFlows.From(run.View.Output.Ledger);
            return new
            {
                runId = id,
                seq = run.State.Seq,
                flows = flows.Select(f => new { date = f.At, eventSeq = f.EventSeq, from = f.From.Value, fromName = world.NameOf(f.From), to = f.To.Value, toName = world.NameOf(f.To), amount = f.Amount, memo = f.Memo }),
                totals = MoneyFlows.Totals(flows).Select(t => new { from = t.From.Value, fromName = world.NameOf(t.From), to = t.To.Value, toName = world.NameOf(t.To), amount = t.Amount, payments = t.Payments }),
            };
        });
        api.MapGet("/runs/{id}/charts/{name}", Chart);
    }

    private static async Task<IResult> Events(string id, long? after, int? limit, DashboardRuns runs, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? 1_000, 1, MaxPage);
        var tracker = await runs.TrackAsync(id, ct);
        var state = tracker.State;
        var world = (await runs.PlanAsync(id)).World;
        var events = state.Ticks.SelectMany(t => t.Timeline.Select(e => (Tick: t.Index, Entry: e))).Where(x => after is null || x.Entry.Seq > after).ToList();
        var page = events.Take(take).ToList();
        return TypedResults.Ok(new
        {
            runId = id,
            seq = state.Seq,
            status = Shapes.Status(state.Status),
            events = page.Select(x => Shapes.Event(x.Entry, x.Tick, world)),
            next = events.Count > take ? page[^1].Entry.Seq : (int?)null,
        });
    }

    private static async Task<IResult> Actor(string id, string actor, string? at, DashboardRuns runs)
    {
        if (!TryDate(at, out var date))
        {
            return Problems.Result(400, "Not a date", $"'{at}' is not a date; write it as YYYY-MM-DD, e.g. ?at=2025-01-22.");
        }

        await runs.ActorAsync(id, actor);
        var run = await runs.FindAsync(id);
        var world = (await runs.PlanAsync(id)).World;
        var status = await run.GetStatusAsync();
        var view = await run.GetActorAsync(actor, date);
        return TypedResults.Ok(Shapes.Actor(id, view, date is null || date == status.At, world));
    }

    private static async Task<IResult> Series(string id, string? actor, string? metric, DashboardRuns runs)
    {
        if (string.IsNullOrEmpty(actor) || string.IsNullOrEmpty(metric))
        {
            return Problems.Result(400, "Actor and metric needed", "Name both: ?actor=stargate&metric=capital.pledged (GET /api/runs/{id}/actors lists actors and their metrics).");
        }

        if (!Metric.All.Any(m => m.Name == metric) && !metric.StartsWith(Metric.OddsPrefix, StringComparison.Ordinal))
        {
            return Problems.Result(400, "Unknown metric", $"'{metric}' is not a metric; the metrics are: {string.Join(", ", Metric.All.Select(m => m.Name))}, and odds:<outcome>.");
        }

        await runs.ActorAsync(id, actor);
        var points = await (await runs.FindAsync(id)).GetSeriesAsync(actor, metric);
        return TypedResults.Ok(new { runId = id, actor, metric, unit = Metric.UnitOf(metric).ToString().ToLowerInvariant(), points = points.Select(p => new { date = p.At, value = p.Value }) });
    }

    private static async Task<IResult> Chart(string id, string name, string? metric, string[]? actor, RunPictures pictures, DashboardRuns runs, CancellationToken ct)
    {
        byte[]? png;
        if (name == "metric.png")
        {
            if (string.IsNullOrEmpty(metric))
            {
                return Problems.Result(400, "Metric needed", "Name the metric to draw: ?metric=h100e.online (and optionally &actor=abilene&actor=colossus).");
            }

            foreach (var a in actor ?? [])
            {
                await runs.ActorAsync(id, a);
            }

            png = await pictures.MetricAsync(id, metric, [.. (actor ?? []).Select(a => new ActorId(a))], ct);
        }
        else if (name.EndsWith(".png", StringComparison.Ordinal) && RunPictures.Named.Contains(name[..^4]))
        {
            png = await pictures.NamedAsync(id, name[..^4], ct);
        }
        else
        {
            return Problems.Result(404, "No such chart", $"There is no chart '{name}'; the charts are {string.Join(", ", RunPictures.Named.Select(n => n + ".png"))} and metric.png?metric=...");
        }

        return TypedResults.File(png ?? RunPictures.Placeholder("Nothing to draw yet"), "image/png");
    }

    public static object Table(ReportTable t) => new { title = t.Title, columns = t.Columns, rows = t.Rows, notes = t.Notes };

    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
