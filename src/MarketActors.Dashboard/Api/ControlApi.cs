using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MarketActors.Client;
using MarketActors.Contracts;
using MarketActors.Dashboard.Hosting;
using MarketActors.Dashboard.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MarketActors.Dashboard.Api;

/// <summary>The control side of the HTTP API: load a scenario into a run, then start, pause, resume, step, pace and stop it.</summary>
internal static partial class ControlApi
{
    public static void MapControlApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs");
        api.MapPost("/", Load);
        api.MapPost("/{id}/start", (string id, DashboardRuns runs) => Control(runs, id, r => r.StartAsync()));
        api.MapPost("/{id}/pause", (string id, DashboardRuns runs) => Control(runs, id, r => r.PauseAsync()));
        api.MapPost("/{id}/resume", (string id, DashboardRuns runs) => Control(runs, id, r => r.ResumeAsync()));
        api.MapPost("/{id}/step", (string id, DashboardRuns runs) => Control(runs, id, r => r.StepAsync()));
        api.MapPost("/{id}/stop", (string id, DashboardRuns runs) => Control(runs, id, r => r.StopAsync()));
        api.MapPost("/{id}/pace", (string id, PaceRequest body, DashboardRuns runs) => body.VirtualDaysPerSecond is not { } pace || pace < 0
            ? Task.FromResult(Problems.Result(400, "Pace needed", "Send {\"virtualDaysPerSecond\": 30} for 30 virtual days per second, or 0 for as fast as possible; it cannot be negative."))
            : Control(runs, id, r => r.SetPaceAsync(pace)));
    }

    private static async Task<IResult> Load(LoadRequest body, DashboardRuns runs, ScenarioFiles files, IOptions<DashboardOptions> options, CancellationToken ct)
    {
        if (!ReadApi.TryDate(body.Until, out var until))
        {
            return Problems.Result(400, "Not a date", $"until '{body.Until}' is not a date; write it as YYYY-MM-DD.");
        }

        if (!ReadApi.TryDate(body.AsKnownAt, out var asKnownAt))
        {
            return Problems.Result(400, "Not a date", $"asKnownAt '{body.AsKnownAt}' is not a date; write it as YYYY-MM-DD.");
        }

        if (body.RunId is { } wanted && !RunIdPattern().IsMatch(wanted))
        {
            return Problems.Result(400, "Not a run id", $"'{wanted}' cannot be a run id: use 1 to 100 letters, digits, '.', '_' or '-'.");
        }

        string text;
        string name;
        if (!string.IsNullOrEmpty(body.Scenario))
        {
            name = body.Scenario;
            var read = await files.ReadAsync(body.Scenario, ct);
            if (read is null)
            {
                return Problems.Result(400, "No such scenario file",
                    $"'{body.Scenario}' is not a scenario of {files.Directory ?? "the scenarios folder (none found)"}; the files are: {string.Join(", ", files.Names())}. Or send its text as \"yaml\".");
            }

            text = read;
        }
        else if (!string.IsNullOrEmpty(body.Yaml))
        {
            name = string.IsNullOrWhiteSpace(body.Name) ? "pasted.yaml" : Path.GetFileName(body.Name);
            text = body.Yaml;
        }
        else
        {
            return Problems.Result(400, "Scenario needed", "Send {\"scenario\": \"stargate-2025.yaml\"} (GET /api/scenarios lists the files) or {\"yaml\": \"...\"} with the scenario's text.");
        }

        var overlays = ImmutableArray<OverlaySource>.Empty;
        if (!string.IsNullOrEmpty(body.Overlay))
        {
            if (await files.ReadOverlayAsync(body.Overlay, ct) is not { } overlay)
            {
                var known = files.OverlayNames();
                return Problems.Result(400, "No such overlay",
                    $"'{body.Overlay}' is not an overlay of {files.Directory ?? "the scenarios folder (none found)"}; the overlays are: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
            }

            overlays = [new OverlaySource(overlay, body.Overlay)];
        }

        if (System.Text.Encoding.UTF8.GetByteCount(text) > options.Value.MaxScenarioBytes)
        {
            return Problems.Result(400, "Scenario too large", $"The scenario is larger than {options.Value.MaxScenarioBytes} bytes (MarketActors:Dashboard:MaxScenarioBytes).");
        }

        try
        {
            var run = await runs.Client.LoadAsync(new ScenarioSource(text, name, body.Seed ?? 0, until) { Overlays = overlays, AsKnownAt = asKnownAt }, body.RunId);
            var info = await run.GetInfoAsync();
            return TypedResults.Created($"/api/runs/{Uri.EscapeDataString(run.RunId)}", Shapes.Run(info!, await run.GetStatusAsync()));
        }
        catch (ScenarioInvalidException ex)
        {
            return Problems.Result(400, "The scenario is invalid",
                $"{ex.Problems.Length} problem(s) in {name}; fix them and load it again. The first: {(ex.Problems.IsDefaultOrEmpty ? "none" : ex.Problems[0].ToString())}",
                new Dictionary<string, object?>
                {
                    ["problems"] = ex.Problems.Select(p => new { file = p.File, line = p.Line, column = p.Column, message = p.Message, text = p.ToString() }).ToList(),
                });
        }
        catch (InvalidOperationException ex)
        {
            return Problems.Result(409, "Run id taken", ex.Message);
        }
    }

    private static async Task<IResult> Control(DashboardRuns runs, string id, Func<RunHandle, Task<RunStatus>> action)
    {
        var run = await runs.FindAsync(id);
        try
        {
            return TypedResults.Ok(new { runId = id, status = Shapes.Status(await action(run)) });
        }
        catch (InvalidOperationException ex)
        {
            return Problems.Result(409, "Not now", ex.Message + " GET /api/runs/" + id + " shows its state.");
        }
        catch (ArgumentException ex)
        {
            return Problems.Result(400, "Not accepted", ex.Message);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex RunIdPattern();
}
