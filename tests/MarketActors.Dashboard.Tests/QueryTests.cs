using System.Net;

namespace MarketActors.Dashboard.Tests;

/// <summary>The read API over a completed run of the seed: timeline, actors, books at a date, series, answers, flows, charts.</summary>
[Collection(DashboardCollection.Name)]
public sealed class QueryTests(DashboardFixture fixture) : IAsyncLifetime
{
    private string _runId = null!;

    public async Task InitializeAsync()
    {
        _runId = await Api.LoadSeedAsync(fixture.Http);
        await Api.PostAsync(fixture.Http, $"/api/runs/{_runId}/start");
        await Api.WaitFinishedAsync(fixture.Http, _runId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_run_gives_its_info_and_status()
    {
        var run = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}");

        Assert.Equal("Stargate, Colossus and DeepSeek: the AI race in January 2025", run["info"]!["title"]!.GetValue<string>());
        Assert.Equal(("completed", "2025-01-24"), (run["status"]!["state"]!.GetValue<string>(), run["status"]!["at"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_timeline_pages_by_event_seq_with_deltas_and_sources()
    {
        var first = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/events?limit=10");
        var next = first["next"]!.GetValue<int>();
        var rest = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/events?after={next}");

        var all = first["events"]!.AsArray().Concat(rest["events"]!.AsArray()).ToList();
        Assert.Equal(Enumerable.Range(0, 32), all.Select(e => e!["seq"]!.GetValue<int>()));
        Assert.Null(rest["next"]);
        var announcement = all.Single(e => e!["sources"]![0]!.GetValue<string>() == "herald#F01")!;
        var delta = announcement["deltas"]!.AsArray().Single()!;
        Assert.Equal(("stargate", "capital.announced", 500_000_000_000m), (delta["actor"]!.GetValue<string>(), delta["metric"]!.GetValue<string>(), delta["change"]!.GetValue<decimal>()));
        Assert.Equal("announced +$500B", announcement["summary"]![0]!["changes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Actors_are_listed_with_their_metrics_now()
    {
        var body = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/actors");

        var colossus = body["actors"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "colossus")!;
        Assert.Equal(200_000m, colossus["metrics"]!["gpus.online"]!.GetValue<decimal>());
        Assert.Equal(1_000_000m, colossus["metrics"]!["gpus.planned"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task An_actor_is_given_now_with_its_books_and_at_an_earlier_date_without_them()
    {
        var now = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/actors/abilene");
        var before = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/actors/musk?at=2022-10-27");

        Assert.True(now["current"]!.GetValue<bool>());
        var gb200 = now["books"]!["capacity"]!.AsArray().Single(c => c!["gpu"]!.GetValue<string>() == "GB200")!;
        Assert.Equal(100_000m, gb200["online"]!.GetValue<decimal>());
        Assert.False(before["current"]!.GetValue<bool>());
        Assert.Equal("2022-10-27", before["at"]!.GetValue<string>());
        Assert.Equal(34_760_000_000m, before["balances"]!["stake:x-corp"]!.GetValue<decimal>());
        Assert.Null(before["books"]);
    }

    [Fact]
    public async Task Unknown_actors_and_runs_are_not_found_and_bad_dates_are_bad_requests()
    {
        var actor = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/actors/nobody", HttpStatusCode.NotFound);
        await Api.GetAsync(fixture.Http, "/api/runs/nothing-here", HttpStatusCode.NotFound);
        await Api.GetAsync(fixture.Http, "/api/runs/nothing-here/events", HttpStatusCode.NotFound);
        var date = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/actors/musk?at=22/10/2022", HttpStatusCode.BadRequest);

        Assert.Contains("nobody", actor["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", date["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_series_gives_every_value_a_metric_took()
    {
        var series = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/series?actor=stargate&metric=capital.pledged");
        var unknown = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/series?actor=stargate&metric=pledged", HttpStatusCode.BadRequest);

        var point = series["points"]!.AsArray().Single()!;
        Assert.Equal(("2025-01-21", 100_000_000_000m), (point["date"]!.GetValue<string>(), point["value"]!.GetValue<decimal>()));
        Assert.Equal("usd", series["unit"]!.GetValue<string>());
        Assert.Contains("capital.pledged", unknown["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_answers_the_analysts_questions()
    {
        var report = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/report");

        var capital = report["answers"]!.AsArray().Single(t => t!["title"]!.GetValue<string>() == "Capital of Stargate by date")!;
        var last = capital["rows"]!.AsArray()[^1]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Equal(["2025-01-22", "$500B", "$100B"], last.Take(3));
        Assert.StartsWith("< $10B", last[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_are_payments_between_counterparties_with_totals()
    {
        var flows = await Api.GetAsync(fixture.Http, $"/api/runs/{_runId}/flows");

        var donation = flows["flows"]!.AsArray().First()!;
        Assert.Equal(("musk", "openai", 50_000_000m), (donation["from"]!.GetValue<string>(), donation["to"]!.GetValue<string>(), donation["amount"]!.GetValue<decimal>()));
        Assert.NotEmpty(flows["totals"]!.AsArray());
    }

    [Theory]
    [InlineData("compute.png")]
    [InlineData("capital.png")]
    [InlineData("net-worth.png")]
    [InlineData("metric.png?metric=h100e.online")]
    [InlineData("metric.png?metric=gpus.online&actor=colossus")]
    public async Task Charts_are_png_images(string chart)
    {
        var response = await fixture.Http.GetAsync(new Uri($"/api/runs/{_runId}/charts/{chart}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await response.Content.ReadAsByteArrayAsync()).Take(4));
    }

    [Fact]
    public async Task The_pages_render()
    {
        foreach (var page in new[] { "/", $"/runs/{_runId}", $"/runs/{_runId}/actors/abilene", $"/runs/{_runId}/actors/musk?at=2024-09-30", "/assets/run.js" })
        {
            var response = await fixture.Http.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
        }

        var missing = await fixture.Http.GetAsync(new Uri($"/runs/{_runId}/actors/nobody", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
