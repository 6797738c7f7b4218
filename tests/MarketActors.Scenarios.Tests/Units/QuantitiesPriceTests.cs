using System.Globalization;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Units;

namespace MarketActors.Scenarios.Tests.Units;

public sealed class QuantitiesPriceTests
{
    [Theory]
    [InlineData("92%", "0.92")]
    [InlineData("92 %", "0.92")]
    [InlineData("97c", "0.97")]
    [InlineData("97 c", "0.97")]
    [InlineData("97C", "0.97")]
    [InlineData("97.5c", "0.975")]
    [InlineData("par", "1")]
    [InlineData(" Par ", "1")]
    [InlineData("PAR", "1")]
    [InlineData("100c", "1")]
    [InlineData("0c", "0")]
    public void Reads_a_price_as_a_share_of_face(string text, string fraction)
    {
        var figure = Quantities.Price(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Of(Dec(fraction)), figure);
    }

    [Theory]
    [InlineData("90%..95%")]
    [InlineData("90..95%")]
    [InlineData("90c..95c")]
    [InlineData("90..95c")]
    [InlineData("90c – 95c")]
    [InlineData("90c to 95%")]
    public void Reads_a_range_of_prices_in_either_unit_and_uses_its_middle(string text)
    {
        var figure = Quantities.Price(text, out var error);

        Assert.Null(error);
        Assert.Equal(Figure.Between(0.90m, 0.95m), figure);
        Assert.Equal(0.925m, figure!.Value.Point);
    }

    [Fact]
    public void Reads_a_range_up_to_par()
    {
        Assert.Equal(Figure.Between(0.95m, 1m), Quantities.Price("95c..par", out _));
        Assert.Equal(Figure.Between(0.95m, 1m), Quantities.Price("95%..par", out _));
    }

    [Theory]
    [InlineData("97 cents")]
    [InlineData("97")]
    [InlineData("0.97")]
    [InlineData("at par")]
    [InlineData("parity")]
    [InlineData("97p")]
    [InlineData("95..par")]
    [InlineData("90%..lots")]
    [InlineData("")]
    public void Refuses_what_is_not_a_price_and_names_the_forms_it_reads(string text)
    {
        Assert.Null(Quantities.Price(text, out var error));
        Assert.Equal($"'{text}' is not a price; write 92%, 90%..95%, 97c or par", error);
    }

    [Fact]
    public void Refuses_a_range_that_runs_backwards()
    {
        Assert.Null(Quantities.Price("par..95c", out var error));
        Assert.Equal("the range 'par..95c' runs backwards; write the low end first", error);
    }

    [Fact]
    public void Refuses_prices_too_large_to_compute_with_instead_of_overflowing()
    {
        Assert.Null(Quantities.Price("99999999999999999999999999999999c", out var error));
        Assert.Equal("'99999999999999999999999999999999c' is too large; prices here are at most 1,000,000% of face", error);
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
