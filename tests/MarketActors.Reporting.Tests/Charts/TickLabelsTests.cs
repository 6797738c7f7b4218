using MarketActors.Domain.Metrics;
using MarketActors.Reporting.Charts;

namespace MarketActors.Reporting.Tests.Charts;

public sealed class TickLabelsTests
{
    [Theory]
    [InlineData(500e9, MetricUnit.Usd, 500e9, "$500B")]
    [InlineData(-2.6e9, MetricUnit.Usd, 2.8e9, "-$2.6B")]
    [InlineData(-200e6, MetricUnit.Usd, 2.8e9, "-$200M")]
    [InlineData(-1e-7, MetricUnit.Usd, 2.8e9, "$0")]
    [InlineData(50_000, MetricUnit.Usd, 100_000, "$50k")]
    [InlineData(100_000, MetricUnit.Gpus, 1e6, "100k GPUs")]
    [InlineData(2.5e6, MetricUnit.H100e, 3e6, "2.5M H100e")]
    [InlineData(1_200, MetricUnit.Megawatts, 2_000, "1.2k MW")]
    [InlineData(0.13, MetricUnit.Fraction, 1, "13%")]
    [InlineData(0.125, MetricUnit.Fraction, 0.1, "12.5%")]
    [InlineData(7, MetricUnit.Count, 10, "7")]
    public void Values_read_in_their_unit_with_a_scale_suffix(double value, MetricUnit unit, double span, string expected)
    {
        Assert.Equal(expected, TickLabels.For(unit, span)(value));
    }

    [Fact]
    public void Ticks_close_together_on_a_large_value_still_read_differently()
    {
        var label = TickLabels.For(MetricUnit.Usd, span: 100_000);

        var labels = new[] { 2_500_000_000d, 2_500_010_000d, 2_500_020_000d }.Select(label).ToList();

        Assert.Equal(["$2.5B", "$2.50001B", "$2.50002B"], labels);
    }
}
