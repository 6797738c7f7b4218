using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Tables;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Reporting.Tests;

public sealed class RunSoFarTests
{
    [Fact]
    public void With_every_tick_and_the_final_books_it_reports_what_the_finished_run_reports()
    {
        var seed = Stories.Seed;
        var books = seed.Output.Actors.ToDictionary(a => a.Id);

        var soFar = RunReport.Build(RunSoFar.View(seed.Plan, seed.Ticks, books));
        var finished = RunReport.Build(new RunView(seed.Plan, seed.Output));

        Assert.Equal(Render(finished.Answers), Render(soFar.Answers));
        Assert.Equal(Render(finished.EndState), Render(soFar.EndState));
    }

    [Fact]
    public void After_each_tick_the_plan_holds_only_the_events_applied_and_every_answer_builds()
    {
        var seed = Stories.Seed;
        for (var n = 0; n <= seed.Ticks.Count; n++)
        {
            var view = RunSoFar.View(seed.Plan, [.. seed.Ticks.Take(n)]);
            var applied = seed.Ticks.Take(n).Sum(t => t.Timeline.Length);

            Assert.Equal(Enumerable.Range(0, applied), view.Plan.Events.Select(e => e.Seq));
            Assert.Equal(applied, view.Output.Timeline.Length);
            _ = RunReport.Build(view);
        }
    }

    [Fact]
    public void Actors_rebuilt_from_the_records_have_the_metrics_balances_and_memo_of_their_books()
    {
        var seed = Stories.Seed;
        var half = seed.Ticks.Count / 2;
        var at = seed.Ticks[half - 1].At;
        var booksThen = ReferenceReplayer.Replay(seed.Plan.Until(at)).Actors;

        var view = RunSoFar.View(seed.Plan, [.. seed.Ticks.Take(half)]);

        foreach (var books in booksThen)
        {
            var rebuilt = view.End(books.Id);
            Assert.Equal(Pairs(books.Metrics), Pairs(rebuilt.Metrics));
            Assert.Equal(Pairs(books.Balances), Pairs(rebuilt.Balances));
            Assert.Equal(Pairs(books.Memo), Pairs(rebuilt.Memo));
        }
    }

    [Fact]
    public void Stargates_capital_shows_as_soon_as_its_ticks_are_applied()
    {
        var seed = Stories.Seed;
        var upTo = seed.Ticks.TakeWhile(t => t.At <= new DateOnly(2025, 1, 22)).ToList();

        var capital = RunReport.Build(RunSoFar.View(seed.Plan, upTo)).Answers.Single(t => t.Title == "Capital of Stargate by date");

        var last = capital.Rows[^1];
        Assert.Equal(["2025-01-22", "$500B", "$100B", "—", "—"], last.Take(5));
        Assert.StartsWith("< $10B secured by SoftBank Group", last[5], StringComparison.Ordinal);
        Assert.Equal(0m, RunSoFar.View(seed.Plan, []).At(new ActorId("stargate"), Metric.CapitalAnnounced, new DateOnly(2025, 1, 22)));
    }

    private static IEnumerable<(string, decimal)> Pairs(IEnumerable<KeyValuePair<string, decimal>> values) => values.Select(v => (v.Key, v.Value));

    private static List<string> Render(IEnumerable<ReportTable> tables) =>
        [.. tables.Select(t => $"{t.Title}|{string.Join(";", t.Columns)}|{string.Join("\n", t.Rows.Select(r => string.Join(";", r)))}|{string.Join(";", t.Notes)}")];
}
