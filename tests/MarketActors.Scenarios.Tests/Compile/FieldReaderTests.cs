using System.Collections.Immutable;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Format;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Tests.Compile;

public sealed class FieldReaderTests
{
    [Theory]
    [InlineData("92%", "0.92", "0.92")]
    [InlineData("97c", "0.97", "0.97")]
    [InlineData("par", "1", "1")]
    [InlineData("90%..95%", "0.90", "0.95")]
    [InlineData("90c..95c", "0.90", "0.95")]
    [InlineData("95c..par", "0.95", "1")]
    public void A_price_is_a_share_of_face(string written, string low, string high)
    {
        var (value, problems) = Read(FieldType.PercentRange, written);

        Assert.Empty(problems);
        var figure = Assert.IsType<Figure>(value);
        Assert.Equal((decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture)), (figure.Low, figure.High));
    }

    [Theory]
    [InlineData("97 cents", "field: of test: '97 cents' is not a price; write 92%, 90%..95%, 97c or par")]
    [InlineData("101c", "field: of test: '101c' is not between 0% and 100%")]
    [InlineData("95c..101%", "field: of test: '95c..101%' is not between 0% and 100%")]
    public void A_price_that_is_not_one_is_refused_with_the_forms_it_takes(string written, string problem)
    {
        var (value, problems) = Read(FieldType.PercentRange, written);

        Assert.Null(value);
        Assert.Equal([problem], problems);
    }

    [Fact]
    public void Power_is_read_in_megawatts_with_its_qualifier()
    {
        Assert.Equal(Figure.Of(1_200m), Read(FieldType.Power, "1.2 GW").Value);
        Assert.Equal(Figure.Of(5_000m, FigureBound.AtMost), Read(FieldType.Power, "up to 5 GW").Value);
        Assert.Equal(Figure.Between(1_000m, 2_000m), Read(FieldType.Power, "1..2 GW").Value);
        Assert.Equal(
            ["field: of test: '1.2' is not power like 1.2 GW, 200 MW, 500 kW, ~1.2 GW, up to 5 GW or 1..2 GW"],
            Read(FieldType.Power, "1.2").Problems);
    }

    [Fact]
    public void An_area_may_be_approximate_and_keeps_its_qualifier_in_the_label()
    {
        var (value, problems) = Read(FieldType.Area, "~875 acres");

        Assert.Empty(problems);
        Assert.Equal(("~875 acres", 3_540_999.3696m), value);
    }

    [Fact]
    public void Money_is_read_up_to_a_bound()
    {
        Assert.Equal(Figure.Of(3_000_000_000m, FigureBound.AtMost), Read(FieldType.Money, "up to 3B").Value);
        Assert.Equal(Figure.Of(10_000_000_000m, FigureBound.Below), Read(FieldType.Money, "< 10B").Value);
    }

    [Fact]
    public void A_count_is_a_whole_number()
    {
        Assert.Equal(Figure.Of(1_500_000m), Read(FieldType.Count, "1.5M").Value);
        Assert.Equal(
            ["field: of test: '200000.5' is not a whole number; counts are whole numbers, like 200000, 200k or 1.5M"],
            Read(FieldType.Count, "200000.5").Problems);
    }

    [Fact]
    public void The_counts_of_regions_are_whole_numbers()
    {
        var (value, problems) = Read(FieldType.RegionCounts, "{ Texas: 10, Ohio: 2.5k, Arizona: 10.5 }");

        Assert.Null(value);
        Assert.Equal(["field: of test: '10.5' is not a whole number; counts are whole numbers, like 200000, 200k or 1.5M"], problems);
        var counts = Assert.IsType<ImmutableArray<RegionCount>>(Read(FieldType.RegionCounts, "{ Texas: 10, Ohio: 2.5k }").Value);
        Assert.Equal(["Texas", "Ohio"], counts.Select(c => c.Region));
        Assert.Equal([10m, 2_500m], counts.Select(c => c.Count));
    }

    [Fact]
    public void A_date_may_be_a_part_of_a_month()
    {
        Assert.Equal((new DateOnly(2025, 1, 15), "mid-2025-01"), Read(FieldType.Date, "mid-2025-01").Value);
        Assert.Equal((new DateOnly(2025, 1, 21), "late-2025-01"), Read(FieldType.Date, "late-2025-01").Value);
    }

    [Fact]
    public void Every_field_type_has_a_reader()
    {
        // A type added to FieldType without a case here would throw on the first file that used it.
        foreach (var type in Enum.GetValues<FieldType>())
        {
            var exception = Record.Exception(() => Read(type, "1"));

            Assert.True(exception is null, $"{type}: {exception?.Message}");
        }
    }

    private static (object? Value, string[] Problems) Read(FieldType type, string written)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlReader.Read($"field: {written}\n", bag)!;
        var value = FieldReader.Read(new FieldSpec("field", type, true, "A field."), root["field"]!, new ReadContext(bag), "test");
        return (value, bag.Items.Select(d => d.Message).ToArray());
    }
}
