using MarketActors.Domain.Values;

namespace MarketActors.Domain.Tests;

public sealed class AmountsTests
{
    [Fact]
    public void Allocate_splits_a_total_without_losing_a_cent()
    {
        var parts = Amounts.Allocate(1_000_000_000m, [("ms", 3.5m), ("others", 9.5m)]);

        Assert.Equal(1_000_000_000m, parts.Sum(p => p.Amount));
        Assert.Equal(269_230_769.23m, parts[0].Amount);
        Assert.Equal(730_769_230.77m, parts[1].Amount);
    }
}
