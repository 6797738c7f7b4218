using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Files;
using MarketActors.Reporting.Sweeps;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Reporting.Tests;

public sealed class SweepTests
{
    private const decimal B = 1_000_000_000m;

    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(0.05, 1.2)]
    [InlineData(0.95, 4.8)]
    [InlineData(0, 1)]
    [InlineData(1, 5)]
    public void Quantiles_interpolate_between_the_nearest_ranks(double q, double expected)
    {
        Assert.Equal((decimal)expected, Sweep.Quantile([1m, 2m, 3m, 4m, 5m], (decimal)q));
    }

    [Fact]
    public async Task The_seed_s_debt_prices_spread_x_corp_s_debt_at_market_across_the_range_they_were_given()
    {
        var plan = Stories.Seed.Plan;

        var sweep = await Sweep.RunAsync(plan, 200, (p, ct) => Task.FromResult(ReferenceReplayer.Replay(p, cancellationToken: ct)), parallel: 4);

        // $13B of X debt at its last sale's price, drawn uniformly in 90%..95%.
        var debt = Assert.Single(sweep.Spreads, s => s.Actor == new ActorId("x-corp") && s.Metric == Metric.DebtOwedValue);
        Assert.InRange(debt.Min, 13m * B * 0.90m, 13m * B * 0.95m);
        Assert.InRange(debt.Max, 13m * B * 0.90m, 13m * B * 0.95m);
        Assert.True(debt.P5 < debt.P50 && debt.P50 < debt.P95, $"{debt.P5} < {debt.P50} < {debt.P95}");
        Assert.InRange(debt.P50, 12.025m * B - (0.1m * B), 12.025m * B + (0.1m * B));
        Assert.InRange(debt.P5, 11.7m * B, 11.8m * B);
        Assert.InRange(debt.P95, 12.25m * B, 12.35m * B);
        Assert.Equal(["ms-offer", "ms-private-sale"], sweep.Uncertain.Select(u => u.Event.Id!).Order(StringComparer.Ordinal));
        Assert.Empty(sweep.Failures);

        // Nothing about compute depends on a debt price.
        Assert.DoesNotContain(sweep.Spreads, s => s.Metric.StartsWith("gpus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sweep_gives_the_same_files_however_many_branches_run_at_once()
    {
        var plan = Stories.Seed.Plan;
        Task<Domain.Output.RunOutput> Replay(Domain.Engine.RunPlan p, CancellationToken ct) => Task.Run(() => ReferenceReplayer.Replay(p), ct);

        var one = await Sweep.RunAsync(plan, 40, Replay, parallel: 1);
        var many = await Sweep.RunAsync(plan, 40, Replay, parallel: 8);

        var files = SweepFiles.Render(one);
        Assert.Equal(files.Select(f => Convert.ToHexString(f.Bytes)), SweepFiles.Render(many).Select(f => Convert.ToHexString(f.Bytes)));

        // A histogram for each of the metrics that spread most, up to six, linked from sweep.md.
        var charts = files.Where(f => f.Path.StartsWith("charts/sweep-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Math.Min(6, one.Spreads.Length), charts.Count);
        Assert.All(charts, c => Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, c.Bytes[..4]));
        var md = System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "sweep.md").Bytes);
        Assert.All(charts, c => Assert.Contains($"]({c.Path})", md, StringComparison.Ordinal));
        Assert.NotEqual(SweepFiles.Render(one)[0].Bytes, SweepFiles.Render(await Sweep.RunAsync(plan with { Seed = 1 }, 40, Replay, parallel: 8))[0].Bytes);
    }
}
