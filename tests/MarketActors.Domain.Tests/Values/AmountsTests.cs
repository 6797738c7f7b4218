using System.Globalization;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Tests.Values;

public sealed class AmountsTests
{
    [Theory]
    [InlineData("1.234", "1.23")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")] // away from zero: banker's rounding would give 2.66
    [InlineData("-2.665", "-2.67")]
    [InlineData("0.004999", "0")]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("500000000000", "500000000000")]
    public void Cents_rounds_to_whole_cents_halves_away_from_zero(string amount, string expected)
    {
        Assert.Equal(D(expected), Amounts.Cents(D(amount)));
    }

    [Theory]
    [InlineData("1.500", "1.5")]
    [InlineData("100.00", "100")]
    [InlineData("0.000", "0")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("123456789.120", "123456789.12")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Normalize_drops_trailing_zeros_and_keeps_the_value(string value, string printed)
    {
        var input = D(value);

        var normalized = Amounts.Normalize(input);

        Assert.Equal(input, normalized);
        Assert.Equal(printed, normalized.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Allocate_splits_a_total_without_losing_a_cent()
    {
        // 100,000,000,000 cents × 3.5/13 = 26,923,076,923.08 → 26,923,076,923 (remainder .08)
        // 100,000,000,000 cents × 9.5/13 = 73,076,923,076.92 → 73,076,923,076 (remainder .92)
        // One cent is left; the larger remainder takes it.
        var parts = Amounts.Allocate(1_000_000_000m, [("ms", 3.5m), ("others", 9.5m)]);

        Assert.Equal(1_000_000_000m, parts.Sum(p => p.Amount));
        Assert.Equal(("ms", 269_230_769.23m), parts[0]);
        Assert.Equal(("others", 730_769_230.77m), parts[1]);
    }

    [Fact]
    public void Allocate_gives_tied_cents_to_the_earlier_key()
    {
        // 100 cents / 3 = 33.33 each: one cent left, all remainders equal, the first key takes it.
        var parts = Amounts.Allocate(1m, [("a", 1m), ("b", 1m), ("c", 1m)]);

        Assert.Equal(new[] { ("a", 0.34m), ("b", 0.33m), ("c", 0.33m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_breaks_ties_by_the_order_given_not_by_the_key()
    {
        var parts = Amounts.Allocate(1m, [("c", 1m), ("b", 1m), ("a", 1m)]);

        Assert.Equal(new[] { ("c", 0.34m), ("b", 0.33m), ("a", 0.33m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_hands_out_several_left_over_cents_in_tie_order()
    {
        // 2 cents / 3 = 0.67 each: every part floors to 0, two cents are left for the first two keys.
        var parts = Amounts.Allocate(0.02m, [("a", 1m), ("b", 1m), ("c", 1m)]);

        Assert.Equal(new[] { ("a", 0.01m), ("b", 0.01m), ("c", 0m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_splits_a_negative_total_as_the_mirror_of_a_positive_one()
    {
        // -1000 cents × 1/3 = -333.33 → -333 (remainder .33); × 2/3 = -666.67 → -666 (remainder .67).
        // One cent (-1) is left; the larger remainder takes it: -667.
        var parts = Amounts.Allocate(-10m, [("a", 1m), ("b", 2m)]);
        var mirror = Amounts.Allocate(10m, [("a", 1m), ("b", 2m)]);

        Assert.Equal(new[] { ("a", -3.33m), ("b", -6.67m) }, parts.ToArray());
        Assert.Equal(new[] { ("a", 3.33m), ("b", 6.67m) }, mirror.ToArray());
    }

    [Fact]
    public void Allocate_of_a_negative_total_gives_tied_cents_to_the_earlier_key()
    {
        var parts = Amounts.Allocate(-1m, [("a", 1m), ("b", 1m), ("c", 1m)]);

        Assert.Equal(new[] { ("a", -0.34m), ("b", -0.33m), ("c", -0.33m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_gives_nothing_to_zero_weights_even_when_they_come_first()
    {
        // Weights 0, 1, 0, 2 over 100 cents: b = 33.33 → 33, d = 66.67 → 66; the left cent goes to d.
        var parts = Amounts.Allocate(1m, [("a", 0m), ("b", 1m), ("c", 0m), ("d", 2m)]);

        Assert.Equal(new[] { ("a", 0m), ("b", 0.33m), ("c", 0m), ("d", 0.67m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_first_rounds_the_total_to_cents()
    {
        // 10.005 → 10.01 = 1001 cents; 500.5 each → 500 each and the left cent to the first key.
        var parts = Amounts.Allocate(10.005m, [("a", 1m), ("b", 1m)]);

        Assert.Equal(new[] { ("a", 5.01m), ("b", 5.00m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_of_zero_gives_zeros()
    {
        var parts = Amounts.Allocate(0m, [("a", 1m), ("b", 3m)]);

        Assert.Equal(new[] { ("a", 0m), ("b", 0m) }, parts.ToArray());
    }

    [Fact]
    public void Allocate_refuses_no_weights_zero_weights_and_negative_weights()
    {
        Assert.Throws<ArgumentException>(() => Amounts.Allocate(1m, Array.Empty<(string, decimal)>()));
        Assert.Throws<ArgumentException>(() => Amounts.Allocate(1m, [("a", 0m), ("b", 0m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amounts.Allocate(1m, [("a", 1m), ("b", -1m)]));
    }

    [Fact]
    public void Allocate_always_adds_up_exactly_and_stays_within_a_cent_of_each_exact_share()
    {
        var random = new Random(20250121);
        for (var run = 0; run < 2_000; run++)
        {
            // Totals from -$1B to $1B with sub-cent digits; 1 to 8 weights, some of them zero.
            var total = (decimal)(random.NextDouble() * 2 - 1) * 1_000_000_000m;
            var count = random.Next(1, 9);
            var weights = new (int Key, decimal Weight)[count];
            for (var i = 0; i < count; i++)
            {
                weights[i] = (i, random.Next(4) == 0 ? 0m : (decimal)random.NextDouble() * 100m);
            }

            if (weights.All(w => w.Weight == 0))
            {
                weights[0] = (0, 1m);
            }

            var parts = Amounts.Allocate(total, weights);
            var sum = weights.Sum(w => w.Weight);

            Assert.Equal(Amounts.Cents(total), parts.Sum(p => p.Amount));
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(weights[i].Key, parts[i].Key);
                Assert.Equal(parts[i].Amount, Amounts.Cents(parts[i].Amount));
                var exact = Amounts.Cents(total) * weights[i].Weight / sum;
                Assert.True(Math.Abs(parts[i].Amount - exact) < 0.01m, $"run {run}: part {parts[i].Amount} is a cent or more from {exact}");
                if (weights[i].Weight == 0)
                {
                    Assert.Equal(0m, parts[i].Amount);
                }
            }
        }
    }

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
