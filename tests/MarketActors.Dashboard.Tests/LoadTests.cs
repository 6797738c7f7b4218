using System.Net;
using System.Net.Http.Json;

namespace MarketActors.Dashboard.Tests;

/// <summary>POST /api/runs: a scenario file by name, or YAML text; invalid scenarios give their problems.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LoadTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Scenarios_lists_the_repository_files()
    {
        var body = await Api.GetAsync(fixture.Http, "/api/scenarios");

        Assert.Contains("stargate-2025.yaml", body["scenarios"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("what-if/x-debt-at-70.yaml", body["overlays"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task A_scenario_loads_with_an_overlay_of_the_scenarios_folder()
    {
        var body = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "stargate-2025.yaml", overlay = "what-if/x-debt-at-70.yaml" }, HttpStatusCode.Created);

        Assert.Equal("stargate-2025+x-debt-at-70", body["info"]!["scenarioId"]!.GetValue<string>());
        Assert.StartsWith("stargate-2025+x-debt-at-70-", body["info"]!["runId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("What if X Corp's debt had sold at 70–75% of face?", body["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_home_page_offers_each_overlay_with_the_scenario_it_is_for()
    {
        var html = await fixture.Http.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<option value=\"\">none</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"what-if/x-debt-at-70.yaml\">what-if/x-debt-at-70.yaml (for stargate-2025)</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlay_for_another_scenario_or_not_in_the_folder_is_refused_saying_why()
    {
        var wrongBase = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "harbour-ai-2025.yaml", overlay = "what-if/x-debt-at-70.yaml" }, HttpStatusCode.BadRequest);
        var unknown = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "stargate-2025.yaml", overlay = "../stargate-2025.yaml" }, HttpStatusCode.BadRequest);

        var problem = Assert.Single(wrongBase["problems"]!.AsArray());
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(Paths.Root, "scenarios", "what-if", "x-debt-at-70.yaml")), l => l.StartsWith("base:", StringComparison.Ordinal)) + 1;
        Assert.Equal($"what-if/x-debt-at-70.yaml:{line}:7: base: this overlay is for 'stargate-2025', but the scenario is 'harbour-ai-2025'", problem!["text"]!.GetValue<string>());
        Assert.Equal("No such overlay", unknown["title"]!.GetValue<string>());
        Assert.Contains("what-if/x-debt-at-70.yaml", unknown["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_loads_as_known_at_a_date()
    {
        // The made-up story of late disclosures has 14 events; 9 of them were known by 1 May, on 8 dates.
        var revised = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "disclosures-2025.yaml" }, HttpStatusCode.Created);
        var may = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "disclosures-2025.yaml", asKnownAt = "2025-05-01" }, HttpStatusCode.Created);
        var bad = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "disclosures-2025.yaml", asKnownAt = "someday" }, HttpStatusCode.BadRequest);

        Assert.Equal(14, revised["info"]!["events"]!.GetValue<int>());
        Assert.Equal((9, 8), (may["info"]!["events"]!.GetValue<int>(), may["info"]!["ticks"]!.GetValue<int>()));
        Assert.Contains("asKnownAt 'someday' is not a date", bad["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_file_loads_into_a_ready_run()
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/runs", new { scenario = "stargate-2025.yaml", seed = 7 });
        var body = await Api.Json(response, HttpStatusCode.Created);

        var runId = body["info"]!["runId"]!.GetValue<string>();
        Assert.Equal($"/api/runs/{runId}", response.Headers.Location?.ToString());
        Assert.Equal("stargate-2025", body["info"]!["scenarioId"]!.GetValue<string>());
        Assert.Equal(7, body["info"]!["seed"]!.GetValue<long>());
        Assert.Equal(12, body["info"]!["ticks"]!.GetValue<int>());
        Assert.Equal("ready", body["status"]!["state"]!.GetValue<string>());
        var runs = await Api.GetAsync(fixture.Http, "/api/runs");
        Assert.Contains(runs.AsArray(), r => r!["info"]!["runId"]!.GetValue<string>() == runId);
    }

    [Fact]
    public async Task Pasted_yaml_loads_under_its_own_name()
    {
        var yaml = await File.ReadAllTextAsync(Paths.Seed);

        var body = await Api.PostAsync(fixture.Http, "/api/runs", new { yaml, name = "mine.yaml", runId = "pasted-run-1" }, HttpStatusCode.Created);

        Assert.Equal("pasted-run-1", body["info"]!["runId"]!.GetValue<string>());
        Assert.Equal("mine.yaml", body["info"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_yaml_is_refused_with_every_problem_as_file_line_column_message()
    {
        const string Yaml = "scenario: broken\ntitle: Broken\nactors:\n  - { id: acme, kind: company, name: Acme }\nevents:\n  - { at: 2025-13-01, type: valuation-marked, company: acme, change: -25%, source: memo#p4 }\n";

        var problem = await Api.PostAsync(fixture.Http, "/api/runs", new { yaml = Yaml, name = "broken.yaml" }, HttpStatusCode.BadRequest);

        Assert.Equal("The scenario is invalid", problem["title"]!.GetValue<string>());
        var problems = problem["problems"]!.AsArray();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Matches(@"^broken\.yaml:\d+:\d+: .+", p!["text"]!.GetValue<string>()));
        Assert.Contains(problems, p => p!["line"]!.GetValue<int>() == 6);
    }

    [Fact]
    public async Task An_unknown_file_or_an_empty_body_is_a_bad_request_that_says_what_to_send()
    {
        var unknown = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "../../etc/passwd" }, HttpStatusCode.BadRequest);
        var empty = await Api.PostAsync(fixture.Http, "/api/runs", new { }, HttpStatusCode.BadRequest);

        Assert.Contains("stargate-2025.yaml", unknown["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\"scenario\"", empty["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_id_already_taken_is_a_conflict()
    {
        await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "stargate-2025.yaml", runId = "taken-1" }, HttpStatusCode.Created);

        var problem = await Api.PostAsync(fixture.Http, "/api/runs", new { scenario = "stargate-2025.yaml", runId = "taken-1" }, HttpStatusCode.Conflict);

        Assert.Contains("already has a scenario", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
