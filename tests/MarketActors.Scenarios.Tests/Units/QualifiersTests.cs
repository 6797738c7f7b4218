using System.Text.RegularExpressions;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Units;

namespace MarketActors.Scenarios.Tests.Units;

public sealed class QualifiersTests
{
    public static TheoryData<string, FigureBound> Words => new()
    {
        { "~", FigureBound.Approximate },
        { "≈", FigureBound.Approximate },
        { "about", FigureBound.Approximate },
        { "approx", FigureBound.Approximate },
        { "Approx.", FigureBound.Approximate },
        { "<", FigureBound.Below },
        { "under", FigureBound.Below },
        { "well under", FigureBound.Below },
        { "below", FigureBound.Below },
        { "less than", FigureBound.Below },
        { "<=", FigureBound.AtMost },
        { "≤", FigureBound.AtMost },
        { "up to", FigureBound.AtMost },
        { "UP TO", FigureBound.AtMost },
        { "at most", FigureBound.AtMost },
        { "no more than", FigureBound.AtMost },
        { ">", FigureBound.Above },
        { "over", FigureBound.Above },
        { "above", FigureBound.Above },
        { "more than", FigureBound.Above },
        { ">=", FigureBound.AtLeast },
        { "≥", FigureBound.AtLeast },
        { "at least", FigureBound.AtLeast },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Each_qualifier_means_its_bound_and_is_one_the_readers_match(string word, FigureBound bound)
    {
        Assert.Equal(bound, Qualifiers.Bound(word, plus: false));
        Assert.Matches(new Regex($"^(?:{Qualifiers.Pattern})$", RegexOptions.IgnoreCase), word);
    }

    [Fact]
    public void A_trailing_plus_alone_means_at_least_and_nothing_means_exact()
    {
        Assert.Equal(FigureBound.AtLeast, Qualifiers.Bound(string.Empty, plus: true));
        Assert.Equal(FigureBound.Exact, Qualifiers.Bound(string.Empty, plus: false));
    }

    [Fact]
    public void Words_are_read_with_any_spacing_between_them()
    {
        Assert.Equal(FigureBound.AtMost, Qualifiers.Bound("no  more\tthan", plus: false));
        Assert.Matches(new Regex($"^(?:{Qualifiers.Pattern})$", RegexOptions.IgnoreCase), "no  more\tthan");
    }

    [Theory]
    [InlineData("around")]
    [InlineData("upto")]
    [InlineData("nearly")]
    public void Other_words_are_not_qualifiers(string word)
    {
        Assert.DoesNotMatch(new Regex($"^(?:{Qualifiers.Pattern})$", RegexOptions.IgnoreCase), word);
        Assert.Throws<ArgumentException>(() => Qualifiers.Bound(word, plus: false));
    }
}
