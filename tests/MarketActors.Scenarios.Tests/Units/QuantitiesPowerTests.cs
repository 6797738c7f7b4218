using System.Globalization;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Units;

namespace MarketActors.Scenarios.Tests.Units;

public sealed class QuantitiesPowerTests
{
    [Theory]
    [InlineData("1.2 GW", "1200")]
    [InlineData("1.2GW", "1200")]
    [InlineData("1.2 gw", "1200")]
    [InlineData("200 MW", "200")]
    [InlineData("200 megawatts", "200")]
    [InlineData("1 gigawatt", "1000")]
    [InlineData("500 kW", "0.5")]
    [InlineData("1,500 kilowatts", "1.5")]
    [InlineData("5 GW", "5000")]
    public void Reads_power_in_megawatts(string text, string megawatts)
    {
        var figure = Quantities.Power(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Of(Dec(megawatts)), figure);
    }

    [Theory]
    [InlineData("~1.2 GW", "1200", FigureBound.Approximate)]
    [InlineData("about 1.2 GW", "1200", FigureBound.Approximate)]
    [InlineData("up to 5 GW", "5000", FigureBound.AtMost)]
    [InlineData("<= 5 GW", "5000", FigureBound.AtMost)]
    [InlineData("< 1 GW", "1000", FigureBound.Below)]
    [InlineData("under 1 GW", "1000", FigureBound.Below)]
    [InlineData("over 1 GW", "1000", FigureBound.Above)]
    [InlineData("> 1 GW", "1000", FigureBound.Above)]
    [InlineData("at least 1 GW", "1000", FigureBound.AtLeast)]
    [InlineData("1 GW+", "1000", FigureBound.AtLeast)]
    public void Keeps_the_qualifier_as_the_bound(string text, string megawatts, FigureBound bound)
    {
        var figure = Quantities.Power(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Of(Dec(megawatts), bound), figure);
    }

    [Theory]
    [InlineData("1..2 GW")]
    [InlineData("1 GW..2 GW")]
    [InlineData("1000 MW – 2 GW")]
    [InlineData("1 GW to 2000 MW")]
    public void Reads_ranges_in_any_unit_and_uses_their_middle(string text)
    {
        var figure = Quantities.Power(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Between(1_000m, 2_000m), figure);
        Assert.Equal(1_500m, figure!.Value.Point);
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2 GWh")]
    [InlineData("1.2 TW")]
    [InlineData("1.2 watts")]
    [InlineData("twelve GW")]
    [InlineData("$1.2 GW")]
    [InlineData("1 GW..2")]
    public void Refuses_what_is_not_power_and_names_the_forms_it_reads(string text)
    {
        Assert.Null(Quantities.Power(text, out var error));
        var shown = text.Contains("..", StringComparison.Ordinal) ? text[(text.IndexOf("..", StringComparison.Ordinal) + 2)..] : text;
        Assert.Equal($"'{shown}' is not power like 1.2 GW, 200 MW, 500 kW, ~1.2 GW, up to 5 GW or 1..2 GW", error);
    }

    [Fact]
    public void Refuses_negative_power_two_qualifiers_and_backwards_ranges()
    {
        Assert.Null(Quantities.Power("-1 GW", out var negative));
        Assert.Equal("'-1 GW' is negative; power here is never below zero", negative);
        Assert.Null(Quantities.Power("up to 5 GW+", out var two));
        Assert.Equal("'up to 5 GW+' has two qualifiers; keep one", two);
        Assert.Null(Quantities.Power("2 GW..1 GW", out var backwards));
        Assert.Equal("the range '2 GW..1 GW' runs backwards; write the low end first", backwards);
    }

    [Fact]
    public void Refuses_power_too_large_to_compute_with_instead_of_overflowing()
    {
        Assert.Equal(Figure.Of(Quantities.MaxMegawatts), Quantities.Power("1,000,000,000 GW", out _));
        Assert.Null(Quantities.Power("1,000,000,001 GW", out var error));
        Assert.Equal("'1,000,000,001 GW' is too large; power here is at most 1,000,000,000 GW", error);
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
