using System.Net;

namespace MarketActors.Dashboard.Tests;

/// <summary>Start, pause, resume, step, pace and stop; a transition the run's state forbids is a 409.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ControlTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Step_applies_one_tick_and_leaves_the_run_paused()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);

        var first = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/step");
        var second = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/step");

        Assert.Equal(("paused", 1, "2018-02-20"), (first["status"]!["state"]!.GetValue<string>(), first["status"]!["ticksDone"]!.GetValue<int>(), first["status"]!["at"]!.GetValue<string>()));
        Assert.Equal(2, second["status"]!["ticksDone"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_forbidden_transition_is_a_conflict_that_names_the_state()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);

        var pause = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/pause", expected: HttpStatusCode.Conflict);
        var resume = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/resume", expected: HttpStatusCode.Conflict);

        Assert.Equal(409, pause["status"]!.GetValue<int>());
        Assert.Contains("is ready: only a running run can pause", pause["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("only a paused run can resume", resume["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_started_as_fast_as_possible_completes_and_then_refuses_to_step()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);

        var started = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/start");
        var done = await Api.WaitFinishedAsync(fixture.Http, runId);
        var step = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/step", expected: HttpStatusCode.Conflict);
        var stop = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/stop", expected: HttpStatusCode.Conflict);

        Assert.Equal("running", started["status"]!["state"]!.GetValue<string>());
        Assert.Equal(("completed", 12), (done["status"]!["state"]!.GetValue<string>(), done["status"]!["ticksDone"]!.GetValue<int>()));
        Assert.Contains("is completed", step["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("nothing to stop", stop["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pace_is_set_in_virtual_days_per_second_and_a_negative_pace_is_refused()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);

        var paced = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/pace", new { virtualDaysPerSecond = 30 });
        await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/pace", new { virtualDaysPerSecond = -1 }, HttpStatusCode.BadRequest);
        var fast = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/pace", new { virtualDaysPerSecond = 0 });

        Assert.Equal(30m, paced["status"]!["pace"]!["virtualDaysPerSecond"]!.GetValue<decimal>());
        Assert.True(fast["status"]!["pace"]!["asFastAsPossible"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Stop_ends_a_paused_run_and_what_was_applied_stays_queryable()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);
        await Api.StepAsync(fixture.Http, runId, 2);

        var stopped = await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/stop");
        var events = await Api.GetAsync(fixture.Http, $"/api/runs/{runId}/events");

        Assert.Equal("stopped", stopped["status"]!["state"]!.GetValue<string>());
        Assert.Equal([0, 1, 2], events["events"]!.AsArray().Select(e => e!["seq"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Controls_of_an_unknown_run_are_not_found()
    {
        var problem = await Api.PostAsync(fixture.Http, "/api/runs/no-such-run/start", expected: HttpStatusCode.NotFound);

        Assert.Contains("GET /api/runs", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
