using System.Globalization;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Tests.Values;

public sealed class FigureTests
{
    [Fact]
    public void The_point_of_a_range_is_its_middle()
    {
        Assert.Equal(92.5m, Figure.Between(90m, 95m).Point);
        Assert.Equal(0.925m, Figure.Between(0.9m, 0.95m).Point);
        Assert.Equal(0m, Figure.Between(-1m, 1m).Point);
    }

    [Theory]
    [InlineData(FigureBound.Exact)]
    [InlineData(FigureBound.Approximate)]
    [InlineData(FigureBound.AtLeast)]
    [InlineData(FigureBound.AtMost)]
    [InlineData(FigureBound.Below)]
    [InlineData(FigureBound.Above)]
    public void The_point_of_any_other_figure_is_the_stated_value(FigureBound bound)
    {
        var figure = Figure.Of(10_000_000_000m, bound);

        Assert.Equal(10_000_000_000m, figure.Point);
        Assert.Equal(figure.Low, figure.High);
    }

    [Fact]
    public void Of_without_a_bound_is_exact()
    {
        Assert.Equal(new Figure(5m, 5m, FigureBound.Exact), Figure.Of(5m));
    }

    [Theory]
    [InlineData(FigureBound.Exact, "5")]
    [InlineData(FigureBound.Approximate, "~5")]
    [InlineData(FigureBound.AtLeast, "5+")]
    [InlineData(FigureBound.AtMost, "\u2264 5")]
    [InlineData(FigureBound.Below, "< 5")]
    [InlineData(FigureBound.Above, "> 5")]
    public void Render_shows_the_qualifier_of_each_bound(FigureBound bound, string expected)
    {
        Assert.Equal(expected, Figure.Of(5m, bound).Render(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Render_has_a_distinct_qualifier_for_every_bound()
    {
        // A new bound that fell through to the exact rendering would print as if the source had been exact.
        var shown = Enum.GetValues<FigureBound>().Select(b => (b == FigureBound.Range ? Figure.Between(5m, 6m) : Figure.Of(5m, b)).ToString()).ToList();

        Assert.Equal(shown.Count, shown.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Render_of_a_range_shows_both_ends_with_an_en_dash()
    {
        Assert.Equal("90\u201395", Figure.Between(90m, 95m).Render(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Render_applies_the_formatter_to_every_value()
    {
        Assert.Equal("< $10B", Figure.Of(10_000_000_000m, FigureBound.Below).Render(Format.Money));
        Assert.Equal("\u2264 $3B", Figure.Of(3_000_000_000m, FigureBound.AtMost).Render(Format.Money));
        Assert.Equal("> $1M", Figure.Of(1_000_000m, FigureBound.Above).Render(Format.Money));
        Assert.Equal("$1M+", Figure.Of(1_000_000m, FigureBound.AtLeast).Render(Format.Money));
        Assert.Equal("~$5.5M", Figure.Of(5_500_000m, FigureBound.Approximate).Render(Format.Money));
        Assert.Equal("90%\u201395%", Figure.Between(0.9m, 0.95m).Render(Format.Percent));
    }

    [Fact]
    public void ToString_renders_with_the_invariant_culture()
    {
        Assert.Equal("1.5\u20132.25", Figure.Between(1.5m, 2.25m).ToString());
        Assert.Equal("100000+", Figure.Of(100_000m, FigureBound.AtLeast).ToString());
    }

    [Fact]
    public void Scale_multiplies_both_ends_and_keeps_the_qualifier()
    {
        Assert.Equal(Figure.Between(1_000_000_000m, 2_000_000_000m), Figure.Between(1m, 2m).Scale(1_000_000_000m));
        Assert.Equal(Figure.Of(50m, FigureBound.AtMost), Figure.Of(5m, FigureBound.AtMost).Scale(10m));
    }

    [Fact]
    public void A_sum_keeps_what_the_qualifiers_say_about_it()
    {
        var exact = Figure.Of(200_000m);
        Assert.Equal(Figure.Of(1_000_000m, FigureBound.AtLeast), Figure.Sum([exact, Figure.Of(800_000m, FigureBound.AtLeast)]));
        Assert.Equal(Figure.Of(1_000_000m, FigureBound.Above), Figure.Sum([Figure.Of(800_000m, FigureBound.Above), exact]));
        Assert.Equal(Figure.Of(13m, FigureBound.Below), Figure.Sum([Figure.Of(10m, FigureBound.Below), Figure.Of(3m, FigureBound.AtMost)]));
        Assert.Equal(Figure.Between(3m, 5m), Figure.Sum([Figure.Between(1m, 2m), Figure.Between(2m, 3m)]));
        Assert.Equal(Figure.Of(300_003m), Figure.Sum([exact, Figure.Of(100_003m)]));

        // Bounds on both sides, or an approximate part, leave only an approximate sum of the points: 10 + 1.5 + 5.
        Assert.Equal(Figure.Of(16.5m, FigureBound.Approximate), Figure.Sum([Figure.Of(10m, FigureBound.AtLeast), Figure.Between(1m, 2m), Figure.Of(5m, FigureBound.Approximate)]));
        Assert.Equal(Figure.Of(0m), Figure.Sum([]));
    }

    [Fact]
    public void A_sum_with_an_exact_figure_keeps_the_other_s_qualifier()
    {
        // Colossus: 200,000 online (exact) and 800,000+ more planned: 1,000,000+.
        Assert.Equal(Figure.Of(1_000_000m, FigureBound.AtLeast), Figure.Of(200_000m).Plus(Figure.Of(800_000m, FigureBound.AtLeast)));
        Assert.Equal(Figure.Of(1_000_000m, FigureBound.AtLeast), Figure.Of(800_000m, FigureBound.AtLeast).Plus(Figure.Of(200_000m)));

        // ~3,700 and 300 exact: ~4,000.
        Assert.Equal(Figure.Of(4_000m, FigureBound.Approximate), Figure.Of(3_700m, FigureBound.Approximate).Plus(Figure.Of(300m)));

        // 10k–30k and 100k: both ends move by 100k (110k–130k), and the point is 120k.
        var range = Figure.Of(100_000m).Plus(Figure.Between(10_000m, 30_000m));
        Assert.Equal(Figure.Between(110_000m, 130_000m), range);
        Assert.Equal(120_000m, range.Point);
        Assert.Equal(Figure.Of(7m), Figure.Of(3m).Plus(Figure.Of(4m)));
    }

    [Fact]
    public void A_sum_of_two_qualified_figures_keeps_what_holds_of_both()
    {
        Assert.Equal(Figure.Of(9m, FigureBound.Approximate), Figure.Of(4m, FigureBound.Approximate).Plus(Figure.Of(5m, FigureBound.Approximate)));
        Assert.Equal(Figure.Of(9m, FigureBound.AtLeast), Figure.Of(4m, FigureBound.AtLeast).Plus(Figure.Of(5m, FigureBound.AtLeast)));
        Assert.Equal(Figure.Of(9m, FigureBound.AtMost), Figure.Of(4m, FigureBound.AtMost).Plus(Figure.Of(5m, FigureBound.AtMost)));

        // x ≥ 4 and y > 5: x + y > 9, strictly; x ≤ 4 and y < 5: x + y < 9.
        Assert.Equal(Figure.Of(9m, FigureBound.Above), Figure.Of(4m, FigureBound.AtLeast).Plus(Figure.Of(5m, FigureBound.Above)));
        Assert.Equal(Figure.Of(9m, FigureBound.Below), Figure.Of(4m, FigureBound.Below).Plus(Figure.Of(5m, FigureBound.AtMost)));

        // Ranges add their ends: 1–2 and 10–20 make 11–22.
        Assert.Equal(Figure.Between(11m, 22m), Figure.Between(1m, 2m).Plus(Figure.Between(10m, 20m)));
    }

    [Theory]
    [InlineData(FigureBound.AtLeast, FigureBound.AtMost)]
    [InlineData(FigureBound.Above, FigureBound.Below)]
    [InlineData(FigureBound.Approximate, FigureBound.AtLeast)]
    [InlineData(FigureBound.Range, FigureBound.AtLeast)]
    [InlineData(FigureBound.Range, FigureBound.Approximate)]
    public void A_sum_that_keeps_no_bound_of_both_is_approximate_at_the_sum_of_the_points(FigureBound left, FigureBound right)
    {
        // 4 (or 3–5, whose point is 4) with 5 bounded another way: about 9, nothing firmer.
        var a = left == FigureBound.Range ? Figure.Between(3m, 5m) : Figure.Of(4m, left);

        Assert.Equal(Figure.Of(9m, FigureBound.Approximate), a.Plus(Figure.Of(5m, right)));
        Assert.Equal(Figure.Of(9m, FigureBound.Approximate), Figure.Of(5m, right).Plus(a));
    }

    [Fact]
    public void A_portion_keeps_the_qualifier_and_scales_a_range()
    {
        Assert.Equal(Figure.Of(50_000m, FigureBound.AtLeast), Figure.Of(150_000m, FigureBound.AtLeast).Portion(50_000m));
        Assert.Equal(Figure.Between(25_000m, 50_000m), Figure.Between(100_000m, 200_000m).Portion(37_500m)); // a quarter of 150k
        Assert.Equal(Figure.Of(0m), Figure.Of(5m, FigureBound.Approximate).Portion(0m));
    }
}
