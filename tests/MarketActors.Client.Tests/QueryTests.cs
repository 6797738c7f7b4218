using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;
using MarketActors.Domain.Metrics;

namespace MarketActors.Client.Tests;

/// <summary>Actors at a date, series and metrics, on finished runs and on runs under way.</summary>
[Collection(ClusterCollection.Name)]
public sealed class QueryTests(ClusterFixture fixture)
{
    private static readonly DateOnly DayBeforeMark = new(2024, 9, 29);
    private static readonly DateOnly Mark = new(2024, 9, 30);

    private MarketActorsClient Client => fixture.Client;

    [Fact]
    public async Task An_actor_at_a_date_has_its_metrics_and_balances_as_of_that_date()
    {
        var run = await Completed();

        var before = await run.GetActorAsync("musk", DayBeforeMark);
        var after = await run.GetActorAsync("musk", Mark);

        Assert.Equal(("Elon Musk", DayBeforeMark), (before.Name, before.At));
        Assert.Equal(Mark, after.At);
        Assert.Equal(-27_334_000_000m, Value(after.Metrics, Metric.NetWorth) - Value(before.Metrics, Metric.NetWorth));
        Assert.Equal(-27_334_000_000m, Value(after.Metrics, Metric.StakesValue) - Value(before.Metrics, Metric.StakesValue));
        Assert.Equal(-27_334_000_000m, Value(after.Balances, "stake:x-corp") - Value(before.Balances, "stake:x-corp"));
        Assert.Equal(Value(before.Balances, "cash"), Value(after.Balances, "cash"));

        // Only the last date of a run at rest comes with the whole books.
        Assert.Null(before.Books);
        Assert.Null(after.Books);
    }

    [Fact]
    public async Task An_actor_now_comes_with_its_whole_books()
    {
        var run = await Completed();

        var now = await run.GetActorAsync("x-corp");

        Assert.Equal(Seed.Dates[^1], now.At);
        Assert.NotNull(now.Books);
        Assert.Equal(Value(now.Metrics, Metric.Valuation), (await run.GetMetricAsync("x-corp", Metric.Valuation, Seed.Dates[^1])));
    }

    [Fact]
    public async Task Metrics_and_series_agree_with_the_run_output()
    {
        var run = await Completed();
        var output = await run.GetOutputAsync();

        var series = await run.GetSeriesAsync("musk", Metric.NetWorth);
        var view = await run.GetActorAsync("musk", Mark);

        Assert.Equal(Canonical.Dump(output.Series.Where(p => p.Actor.Value == "musk" && p.Metric == Metric.NetWorth)), Canonical.Dump(series));
        Assert.True(series.Length >= 3);
        Assert.Equal(0m, await run.GetMetricAsync("musk", Metric.NetWorth, new DateOnly(2018, 2, 19)));
        Assert.Equal(series.Last(p => p.At <= Mark).Value, await run.GetMetricAsync("musk", Metric.NetWorth, Mark));
        Assert.Equal(series.Last(p => p.At <= DayBeforeMark).Value, await run.GetMetricAsync("musk", Metric.NetWorth, DayBeforeMark));
        foreach (var (metric, value) in view.Metrics)
        {
            Assert.Equal(value, await run.GetMetricAsync("musk", metric, Mark));
        }

        Assert.Empty(await run.GetSeriesAsync("musk", "no-such-metric"));
    }

    [Fact]
    public async Task A_run_under_way_answers_as_of_its_last_tick()
    {
        var finished = await Completed();
        var run = await Seed.LoadAsync(Client);
        for (var i = 0; i < 5; i++)
        {
            await run.StepAsync();
        }

        var now = await run.GetActorAsync("musk");
        var later = await run.GetActorAsync("musk", Seed.Dates[^1]);

        Assert.Equal(Mark, now.At);
        Assert.NotNull(now.Books);
        Assert.Equal(Canonical.Dump((await finished.GetActorAsync("musk", Mark)).Metrics), Canonical.Dump(now.Metrics));
        Assert.Equal(Canonical.Dump(now.Metrics), Canonical.Dump(later.Metrics));
        Assert.Null(later.Books);
    }

    [Fact]
    public async Task A_run_paused_with_a_tick_in_flight_gives_no_books_for_a_date_they_have_left()
    {
        var run = await Seed.LoadAsync(Client);
        await run.StepAsync();
        using var gate = TickGate.Close(run.RunId);
        await run.ResumeAsync();
        await Waits.Within(gate.Reached);
        await run.PauseAsync();

        // X Corp's books are being changed by the tick in flight (its acquisition): they are not its books at the date of the last tick.
        var query = run.GetActorAsync("x-corp");
        await Waits.Within(Task.WhenAny(query, gate.SnapshotAsked));
        gate.Open();
        var view = await query;

        Assert.Equal(Seed.Dates[0], view.At);
        Assert.Empty(view.Metrics);
        Assert.Null(view.Books);
    }

    [Fact]
    public async Task An_unknown_actor_is_refused_by_name()
    {
        var run = await Seed.LoadAsync(Client);
        var expected = $"Run '{run.RunId}' has no actor 'nobody'.";

        var actor = await Assert.ThrowsAsync<ArgumentException>(() => run.GetActorAsync("nobody"));
        var series = await Assert.ThrowsAsync<ArgumentException>(() => run.GetSeriesAsync("nobody", Metric.Cash));
        var metric = await Assert.ThrowsAsync<ArgumentException>(() => run.GetMetricAsync("nobody", Metric.Cash, Mark));

        Assert.All([actor, series, metric], e => Assert.StartsWith(expected, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_with_nothing_loaded_says_so()
    {
        var run = Client.Run(MarketActorsClient.NewRunId("empty"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => run.GetActorAsync("musk"));

        Assert.Equal($"Run '{run.RunId}' has no scenario loaded.", refused.Message);
    }

    private async Task<RunHandle> Completed()
    {
        var run = await Seed.LoadAsync(Client);
        await run.StartAsync();
        Assert.Equal(RunState.Completed, (await Waits.Finished(run)).State);
        return run;
    }

    private static decimal Value(IEnumerable<KeyValuePair<string, decimal>> values, string name) =>
        values.SingleOrDefault(v => v.Key == name).Value;
}
