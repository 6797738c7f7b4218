using MarketActors.Reporting.Charts;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class CloseUpTests
{
    [Fact]
    public void The_seed_s_busy_january_week_gets_a_close_up()
    {
        var dates = Stories.Seed.Output.Timeline.Select(t => t.At).Distinct().Order().ToList();

        var closeUp = CloseUp.Of(dates);

        Assert.Equal(new CloseUp(new DateOnly(2025, 1, 17), new DateOnly(2025, 1, 24), 6), closeUp);
    }

    [Fact]
    public void Dates_spread_over_the_run_need_no_close_up()
    {
        var dates = Enumerable.Range(0, 12).Select(m => new DateOnly(2025, 1, 1).AddMonths(m)).ToList();

        Assert.Null(CloseUp.Of(dates));
    }

    [Fact]
    public void A_run_of_few_dates_needs_no_close_up()
    {
        Assert.Null(CloseUp.Of([new DateOnly(2018, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 2)]));
    }
}
