using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MarketActors.Dashboard.Tests;

/// <summary>Small helpers over the dashboard's HTTP API.</summary>
internal static class Api
{
    public static async Task<string> LoadSeedAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/runs", new { scenario = "stargate-2025.yaml" });
        var body = await Json(response, HttpStatusCode.Created);
        return body["info"]!["runId"]!.GetValue<string>();
    }

    public static async Task<JsonNode> PostAsync(HttpClient http, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Json(await http.PostAsJsonAsync(path, body ?? new { }), expected);

    public static async Task<JsonNode> GetAsync(HttpClient http, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Json(await http.GetAsync(new Uri(path, UriKind.Relative)), expected);

    public static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Steps a run <paramref name="times"/> times, each answered paused (or completed).</summary>
    public static async Task StepAsync(HttpClient http, string runId, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await PostAsync(http, $"/api/runs/{runId}/step");
        }
    }

    /// <summary>Waits (with a deadline) until the run has finished: its live feed ends with an "end" event.</summary>
    public static async Task<JsonNode> WaitFinishedAsync(HttpClient http, string runId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using (var feed = await ServerSentEvents.OpenAsync(http, $"/api/runs/{runId}/feed"))
        {
            while (await feed.NextAsync(deadline.Token) is { Name: not "end" })
            {
            }
        }

        var run = await GetAsync(http, $"/api/runs/{runId}");
        Assert.True(run["status"]!["finished"]!.GetValue<bool>(), $"the feed of {runId} ended before the run did");
        return run;
    }
}
