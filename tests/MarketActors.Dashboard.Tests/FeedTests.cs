using System.Text.Json.Nodes;

namespace MarketActors.Dashboard.Tests;

/// <summary>GET /api/runs/{id}/feed: a snapshot, then each update once and in order, with no gap, then the end.</summary>
[Collection(DashboardCollection.Name)]
public sealed class FeedTests(DashboardFixture fixture)
{
    [Fact]
    public async Task A_late_joiner_gets_the_ticks_so_far_then_every_later_update_once_without_a_gap()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);
        await Api.StepAsync(fixture.Http, runId, 5);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await using var feed = await ServerSentEvents.OpenAsync(fixture.Http, $"/api/runs/{runId}/feed");
        var snapshot = (await feed.NextAsync(deadline.Token))!.Value;
        await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/resume");
        var updates = await ReadToEnd(feed, deadline.Token);

        Assert.Equal("snapshot", snapshot.Name);
        Assert.Equal(snapshot.Id, snapshot.Data["seq"]!.GetValue<long>());
        Assert.Equal([0, 1, 2, 3, 4], Ticks(snapshot.Data["ticks"]!));
        var seqs = updates.Where(u => u.Name == "update").Select(u => u.Id).ToList();
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => snapshot.Id + i), seqs);
        Assert.Equal([5, 6, 7, 8, 9, 10, 11], Ticks(new JsonArray([.. updates.Where(u => u.Name == "update" && u.Data["tick"] is not null).Select(u => u.Data["tick"]!.DeepClone())])));
        var end = updates[^1];
        Assert.Equal(("end", seqs[^1], "completed"), (end.Name, end.Id, end.Data["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_client_that_reconnects_gets_only_what_it_missed()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);
        await Api.StepAsync(fixture.Http, runId, 1);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        long had;
        await using (var first = await ServerSentEvents.OpenAsync(fixture.Http, $"/api/runs/{runId}/feed"))
        {
            had = (await first.NextAsync(deadline.Token))!.Value.Id;
        }

        await Api.StepAsync(fixture.Http, runId, 2);
        await using var again = await ServerSentEvents.OpenAsync(fixture.Http, $"/api/runs/{runId}/feed", lastEventId: had);
        var missed = new List<(long Id, string Name, JsonNode Data)>();
        while (missed.Count < 4)
        {
            missed.Add((await again.NextAsync(deadline.Token))!.Value);
        }

        Assert.All(missed, m => Assert.Equal("update", m.Name));
        Assert.Equal([had + 1, had + 2, had + 3, had + 4], missed.Select(m => m.Id));
        Assert.Equal([1, 2], Ticks(new JsonArray([.. missed.Where(m => m.Data["tick"] is not null).Select(m => m.Data["tick"]!.DeepClone())])));
    }

    [Fact]
    public async Task The_feed_of_a_finished_run_is_its_snapshot_then_the_end()
    {
        var runId = await Api.LoadSeedAsync(fixture.Http);
        await Api.PostAsync(fixture.Http, $"/api/runs/{runId}/start");
        await Api.WaitFinishedAsync(fixture.Http, runId);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await using var feed = await ServerSentEvents.OpenAsync(fixture.Http, $"/api/runs/{runId}/feed");
        var events = await ReadToEnd(feed, deadline.Token);

        Assert.Equal(["snapshot", "end"], events.Select(e => e.Name));
        Assert.Equal(12, events[0].Data["ticks"]!.AsArray().Count);
        Assert.Equal(32, events[0].Data["ticks"]!.AsArray().Sum(t => t!["events"]!.AsArray().Count));
    }

    private static async Task<List<(long Id, string Name, JsonNode Data)>> ReadToEnd(ServerSentEvents feed, CancellationToken cancellationToken)
    {
        var events = new List<(long Id, string Name, JsonNode Data)>();
        while (await feed.NextAsync(cancellationToken) is { } e)
        {
            events.Add(e);
            if (e.Name == "end")
            {
                break;
            }
        }

        return events;
    }

    private static List<int> Ticks(JsonNode ticks) => [.. ticks.AsArray().Select(t => t!["index"]!.GetValue<int>())];
}
