using System.Globalization;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Units;
using Shown = MarketActors.Domain.Metrics.Format;

namespace MarketActors.Scenarios.Tests.Units;

public sealed class QuantitiesTests
{
    [Theory]
    [InlineData("500B", "500000000000")]
    [InlineData("$5.5M", "5500000")]
    [InlineData("US$ 3B", "3000000000")]
    [InlineData("USD 13B", "13000000000")]
    [InlineData("432.6B", "432600000000")]
    [InlineData("100k", "100000")]
    [InlineData("1.5T", "1500000000000")]
    [InlineData("50M", "50000000")]
    [InlineData("5.5 million", "5500000")]
    [InlineData("2 bn", "2000000000")]
    [InlineData("1,000,000", "1000000")]
    [InlineData("44000000000", "44000000000")]
    [InlineData("  9.4B  ", "9400000000")]
    public void Money_reads_exact_amounts(string text, string expected)
    {
        var figure = Quantities.Money(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Of(Dec(expected)), figure);
    }

    [Theory]
    [InlineData("~5.5M", "5500000", FigureBound.Approximate)]
    [InlineData("about 5.5M", "5500000", FigureBound.Approximate)]
    [InlineData("approx. 5.5M", "5500000", FigureBound.Approximate)]
    [InlineData("< 10B", "10000000000", FigureBound.Below)]
    [InlineData("<10B", "10000000000", FigureBound.Below)]
    [InlineData("< $10B", "10000000000", FigureBound.Below)]
    [InlineData("under 10B", "10000000000", FigureBound.Below)]
    [InlineData("well under $10B", "10000000000", FigureBound.Below)]
    [InlineData("below 10B", "10000000000", FigureBound.Below)]
    [InlineData("less than 10B", "10000000000", FigureBound.Below)]
    [InlineData("<= 3B", "3000000000", FigureBound.AtMost)]
    [InlineData("≤ 3B", "3000000000", FigureBound.AtMost)]
    [InlineData("up to 3B", "3000000000", FigureBound.AtMost)]
    [InlineData("Up  To $3B", "3000000000", FigureBound.AtMost)]
    [InlineData("at most 3B", "3000000000", FigureBound.AtMost)]
    [InlineData("no more than 3B", "3000000000", FigureBound.AtMost)]
    [InlineData("> 1M", "1000000", FigureBound.Above)]
    [InlineData("over 1M", "1000000", FigureBound.Above)]
    [InlineData("above 1M", "1000000", FigureBound.Above)]
    [InlineData("more than 1M", "1000000", FigureBound.Above)]
    [InlineData(">= 1M", "1000000", FigureBound.AtLeast)]
    [InlineData("≥ 1M", "1000000", FigureBound.AtLeast)]
    [InlineData("at least 1M", "1000000", FigureBound.AtLeast)]
    [InlineData("1M+", "1000000", FigureBound.AtLeast)]
    public void Money_keeps_the_qualifier_as_the_bound(string text, string expected, FigureBound bound)
    {
        var figure = Quantities.Money(text, out var error);

        Assert.Null(error);
        Assert.Equal(new Figure(Dec(expected), Dec(expected), bound), figure);
    }

    [Theory]
    [InlineData("< 10B", "< $10B")]
    [InlineData("well under 10B", "< $10B")]
    [InlineData("<= 3B", "\u2264 $3B")]
    [InlineData("up to 3B", "\u2264 $3B")]
    [InlineData("> 1M", "> $1M")]
    [InlineData("over 1M", "> $1M")]
    [InlineData(">= 1M", "$1M+")]
    [InlineData("1M+", "$1M+")]
    [InlineData("~5.5M", "~$5.5M")]
    [InlineData("1B..2B", "$1B\u2013$2B")]
    public void Money_renders_as_the_source_meant_it(string text, string shown)
    {
        Assert.Equal(shown, Quantities.Money(text, out _)!.Value.Render(Shown.Money));
    }

    [Theory]
    [InlineData("1B..2B")]
    [InlineData("1B – 2B")]
    [InlineData("1B to 2B")]
    [InlineData("1..2B")]
    public void Money_reads_ranges_and_uses_their_middle(string text)
    {
        var figure = Quantities.Money(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Between(1_000_000_000m, 2_000_000_000m), figure);
        Assert.Equal(1_500_000_000m, figure!.Value.Point);
    }

    [Fact]
    public void Money_refuses_a_range_that_runs_backwards()
    {
        Assert.Null(Quantities.Money("2B..1B", out var error));
        Assert.Equal("the range '2B..1B' runs backwards; write the low end first", error);
    }

    [Theory]
    [InlineData("-5B")]
    [InlineData("- 5B")]
    [InlineData("-$5B")]
    public void Money_refuses_negative_amounts(string text)
    {
        Assert.Null(Quantities.Money(text, out var error));
        Assert.Equal($"'{text}' is negative; amounts and counts here are never below zero", error);
    }

    [Theory]
    [InlineData("€100B")]
    [InlineData("£3M")]
    [InlineData("CNY 5.5M")]
    [InlineData("RMB 1B")]
    public void Money_refuses_other_currencies(string text)
    {
        Assert.Null(Quantities.Money(text, out var error));
        Assert.Equal($"'{text}': amounts are in US dollars; convert it and say so in a note", error);
    }

    [Theory]
    [InlineData("five hundred billion")]
    [InlineData("500X")]
    [InlineData("B500")]
    [InlineData("")]
    [InlineData("5.5.5M")]
    [InlineData("$")]
    [InlineData("1e9")]
    public void Money_refuses_garbage_with_examples(string text)
    {
        Assert.Null(Quantities.Money(text, out var error));
        Assert.Equal($"'{text}' is not an amount of dollars like 500B, $5.5M, ~5.5M, < 10B, up to 3B or 1M+", error);
    }

    [Theory]
    [InlineData("over 1M+")]
    [InlineData("up to 3B+")]
    [InlineData("at least 1M+")]
    public void Money_refuses_two_qualifiers(string text)
    {
        Assert.Null(Quantities.Money(text, out var error));
        Assert.Equal($"'{text}' has two qualifiers; keep one", error);
    }

    [Theory]
    [InlineData("1000000T")]
    [InlineData("1,000,000,000,000,000,000")]
    public void Money_accepts_up_to_a_million_trillion(string text)
    {
        Assert.Equal(Figure.Of(Quantities.MaxFigure), Quantities.Money(text, out _));
    }

    [Theory]
    [InlineData("1000001T")]
    [InlineData("99999999999999999999999999T")]
    [InlineData("999999999999999999999999999999999999")]
    public void Money_refuses_amounts_too_large_to_compute_with_instead_of_overflowing(string text)
    {
        Assert.Null(Quantities.Money(text, out var error));
        Assert.Equal($"'{text}' is too large; amounts here are at most $1,000,000T", error);
    }

    [Theory]
    [InlineData("100000", "100000", FigureBound.Exact)]
    [InlineData("100k", "100000", FigureBound.Exact)]
    [InlineData("100k+", "100000", FigureBound.AtLeast)]
    [InlineData("800k+", "800000", FigureBound.AtLeast)]
    [InlineData("~3700", "3700", FigureBound.Approximate)]
    [InlineData("1.5M", "1500000", FigureBound.Exact)]
    [InlineData("2.5k", "2500", FigureBound.Exact)]
    [InlineData("1.125k", "1125", FigureBound.Exact)]
    [InlineData("200000", "200000", FigureBound.Exact)]
    [InlineData("100.0", "100", FigureBound.Exact)]
    [InlineData("up to 500", "500", FigureBound.AtMost)]
    [InlineData("over 1M", "1000000", FigureBound.Above)]
    public void Count_reads_counts(string text, string expected, FigureBound bound)
    {
        var figure = Quantities.Count(text, out var error);

        Assert.Null(error);
        Assert.Equal(new Figure(Dec(expected), Dec(expected), bound), figure);
    }

    [Theory]
    [InlineData("200000.5")]
    [InlineData("0.5")]
    [InlineData("~3700.5")]
    [InlineData("1.2345k")]
    [InlineData("100.5+")]
    public void Count_refuses_what_is_not_a_whole_number_and_says_how_to_write_one(string text)
    {
        Assert.Null(Quantities.Count(text, out var error));
        Assert.Equal($"'{text}' is not a whole number; counts are whole numbers, like 200000, 200k or 1.5M", error);
    }

    [Fact]
    public void Count_ranges_are_whole_at_both_ends()
    {
        Assert.Equal(Figure.Between(1_500_000m, 2_000_000m), Quantities.Count("1.5..2M", out _));
        Assert.Null(Quantities.Count("1.5..2", out var low));
        Assert.Equal("'1.5' is not a whole number; counts are whole numbers, like 200000, 200k or 1.5M", low);
        Assert.Null(Quantities.Count("1..2.5", out var high));
        Assert.Equal("'2.5' is not a whole number; counts are whole numbers, like 200000, 200k or 1.5M", high);
    }

    [Fact]
    public void Count_refuses_money_and_negatives_and_garbage()
    {
        Assert.Null(Quantities.Count("$5", out var money));
        Assert.Equal("'$5' is money; a count is a plain number like 100k", money);
        Assert.Null(Quantities.Count("-200k", out var negative));
        Assert.Equal("'-200k' is negative; amounts and counts here are never below zero", negative);
        Assert.Null(Quantities.Count("lots", out var garbage));
        Assert.Equal("'lots' is not a count like 100000, 100k, 1.5M or 1M+", garbage);
        Assert.Null(Quantities.Count("2000000T", out var large));
        Assert.Equal("'2000000T' is too large; counts here are at most 1,000,000T (10^18)", large);
    }

    [Theory]
    [InlineData("13%", "0.13")]
    [InlineData("21.35%", "0.2135")]
    [InlineData("79 %", "0.79")]
    [InlineData("100%", "1")]
    [InlineData("0%", "0")]
    [InlineData("-10%", "-0.10")]
    [InlineData("+5%", "0.05")]
    [InlineData("900%", "9")]
    public void Percent_reads_a_fraction(string text, string expected)
    {
        var figure = Quantities.Percent(text, allowRange: false, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Of(Dec(expected)), figure);
    }

    [Theory]
    [InlineData("90%..95%")]
    [InlineData("90..95%")]
    [InlineData("90% – 95%")]
    [InlineData("90% to 95%")]
    public void Percent_reads_ranges_where_allowed(string text)
    {
        var figure = Quantities.Percent(text, allowRange: true, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Between(0.90m, 0.95m), figure);
        Assert.Equal(0.925m, figure!.Value.Point);
    }

    [Fact]
    public void Percent_refuses_ranges_where_one_figure_is_needed()
    {
        Assert.Null(Quantities.Percent("90%..95%", allowRange: false, out var error));
        Assert.Equal("'90%..95%' is a range; give one percentage here", error);
    }

    [Fact]
    public void Percent_refuses_backwards_ranges_and_garbage()
    {
        Assert.Null(Quantities.Percent("95%..90%", allowRange: true, out var backwards));
        Assert.Equal("the range '95%..90%' runs backwards; write the low end first", backwards);
        Assert.Null(Quantities.Percent("90%..lots", allowRange: true, out var badRange));
        Assert.Equal("'90%..lots' is not a range of percentages like 90%..95%", badRange);
        Assert.Null(Quantities.Percent("0.13", allowRange: false, out var noSign));
        Assert.Equal("'0.13' is not a percentage like 13% or 21.35%", noSign);
        Assert.Null(Quantities.Percent("thirteen percent", allowRange: false, out var words));
        Assert.Equal("'thirteen percent' is not a percentage like 13% or 21.35%", words);
    }

    [Fact]
    public void Percent_refuses_figures_too_large_to_compute_with_instead_of_overflowing()
    {
        Assert.Equal(Figure.Of(Quantities.MaxFraction), Quantities.Percent("1000000%", allowRange: false, out _));
        Assert.Null(Quantities.Percent("99999999999999999999999999999999%", allowRange: false, out var error));
        Assert.Equal("'99999999999999999999999999999999%' is too large; percentages here are at most 1,000,000%", error);
        Assert.Null(Quantities.Percent("1%..2000000%", allowRange: true, out var range));
        Assert.Equal("'2000000%' is too large; percentages here are at most 1,000,000%", range);
    }

    [Theory]
    [InlineData("4y", "48")]
    [InlineData("4 years", "48")]
    [InlineData("1 year", "12")]
    [InlineData("18mo", "18")]
    [InlineData("2.5y", "30")]
    public void Duration_reads_months_and_keeps_the_label(string text, string months)
    {
        var duration = Quantities.Duration(text, out var error);

        Assert.Null(error);
        Assert.Equal((text.Trim(), Dec(months)), duration);
    }

    [Fact]
    public void Duration_reads_weeks_and_days_in_average_months()
    {
        Assert.Equal(14m / 30.4375m, Quantities.Duration("2w", out _)!.Value.Months);
        Assert.Equal(90m / 30.4375m, Quantities.Duration("90d", out _)!.Value.Months);
    }

    [Theory]
    [InlineData("four years")]
    [InlineData("4")]
    [InlineData("-4y")]
    [InlineData("4h")]
    public void Duration_refuses_garbage(string text)
    {
        Assert.Null(Quantities.Duration(text, out var error));
        Assert.Equal($"'{text}' is not a duration like 4y, 18mo, 90d or 2w", error);
    }

    [Fact]
    public void Duration_refuses_lengths_too_long_to_compute_with_instead_of_overflowing()
    {
        Assert.Equal(Quantities.MaxMonths, Quantities.Duration("1000y", out _)!.Value.Months);
        Assert.Null(Quantities.Duration("9999999999999999999999999999y", out var error));
        Assert.Equal("'9999999999999999999999999999y' is too long; durations here are at most 1000 years", error);
    }

    [Theory]
    [InlineData("875 acres", "3540999.3696")]
    [InlineData("1 acre", "4046.8564224")]
    [InlineData("350 ha", "3500000")]
    [InlineData("3.5 km2", "3500000")]
    [InlineData("120,000 m2", "120000")]
    [InlineData("1000 sqft", "92.90304")]
    [InlineData("~875 acres", "3540999.3696")]
    [InlineData("~ 875 acres", "3540999.3696")]
    [InlineData("about 350 ha", "3500000")]
    [InlineData("≈3.5 km2", "3500000")]
    public void Area_reads_square_metres(string text, string squareMetres)
    {
        var area = Quantities.Area(text, out var error);

        Assert.Null(error);
        Assert.Equal((text.Trim(), Dec(squareMetres)), area);
    }

    [Fact]
    public void Area_refuses_garbage_and_sizes_too_large_to_compute_with()
    {
        Assert.Null(Quantities.Area("875", out var noUnit));
        Assert.Equal("'875' is not an area like 875 acres, ~875 acres, 350 ha, 3.5 km2 or 120000 m2", noUnit);
        Assert.Null(Quantities.Area("over 875 acres", out var bound));
        Assert.Equal("'over 875 acres' is not an area like 875 acres, ~875 acres, 350 ha, 3.5 km2 or 120000 m2", bound);
        Assert.Null(Quantities.Area("99999999999999999999999999999 km2", out var large));
        Assert.Equal("'99999999999999999999999999999 km2' is too large; areas here are at most a billion km2", large);
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
