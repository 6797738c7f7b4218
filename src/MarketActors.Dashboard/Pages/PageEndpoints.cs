using MarketActors.Dashboard.Api;
using MarketActors.Dashboard.Hosting;
using MarketActors.Dashboard.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketActors.Dashboard.Pages;

/// <summary>The HTML pages and the fragments they refresh.</summary>
internal static class PageEndpoints
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, DashboardRuns runs, ScenarioFiles files) => HomePage.Render(context, runs, files));
        app.MapGet("/runs/{id}", (HttpContext context, string id, DashboardRuns runs) => RunPage.Render(context, id, runs));
        app.MapGet("/runs/{id}/fragments/answers", async (string id, DashboardRuns runs, CancellationToken ct) => Html.Fragment(Fragments.Answers(await runs.ViewAsync(id, ct))));
        app.MapGet("/runs/{id}/fragments/flows", async (string id, DashboardRuns runs, CancellationToken ct) => Html.Fragment(Fragments.Flows(await runs.ViewAsync(id, ct))));
        app.MapGet("/runs/{id}/actors/{actor}", (HttpContext context, string id, string actor, string? at, DashboardRuns runs) =>
            ReadApi.TryDate(at, out var date)
                ? ActorPage.Render(context, id, actor, date, runs)
                : Task.FromResult(Problems.Result(400, "Not a date", $"'{at}' is not a date; write it as YYYY-MM-DD.")));
        app.MapGet("/runs/{id}/actors/{actor}/fragment", async (string id, string actor, string? at, DashboardRuns runs) =>
        {
            if (!ReadApi.TryDate(at, out var date))
            {
                return Problems.Result(400, "Not a date", $"'{at}' is not a date; write it as YYYY-MM-DD.");
            }

            await runs.ActorAsync(id, actor);
            var run = await runs.FindAsync(id);
            var view = await run.GetActorAsync(actor, date);
            return Html.Fragment(ActorPage.Books(view, date is null, (await runs.PlanAsync(id)).World, id));
        });
    }
}
