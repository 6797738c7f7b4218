using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>
/// A sum of stated figures at one stage of capacity: the value the rules use (the sum of their points) and, when they
/// were not all exact, how the sum is stated (<see cref="Figure.Plus"/>): 200k and 800k+ make 1,000,000+.
/// </summary>
/// <param name="Value">The sum of the points.</param>
/// <param name="Stated">How the sum is stated; null when it is exact.</param>
internal readonly record struct Tally(decimal Value, Figure? Stated)
{
    /// <summary>The sum as a figure: exact at its value, or as stated.</summary>
    public Figure Figure => Stated ?? Figure.Of(Value);

    /// <summary>This sum with a stated figure added at its point.</summary>
    public Tally Plus(Figure figure) => Of(Value + figure.Point, Figure.Plus(figure));

    /// <summary>This sum with the part of <paramref name="figure"/> that amounts to <paramref name="part"/> added, stated as the figure was.</summary>
    public Tally Plus(Figure figure, decimal part) => part == 0 ? this : Of(Value + part, Figure.Plus(figure.Portion(part)));

    /// <summary>This sum with another added.</summary>
    public Tally Plus(Tally other) => Of(Value + other.Value, Figure.Plus(other.Figure));

    /// <summary>This sum with an exact part of it taken away: what is left keeps its qualifier.</summary>
    public Tally Less(decimal part) => part == 0 ? this : Of(Value - part, Figure.Portion(Value - part));

    /// <summary>A sum at <paramref name="value"/> stated as <paramref name="stated"/>; a bound other than a range is shown at the value itself.</summary>
    public static Tally Of(decimal value, Figure stated) => stated.Bound switch
    {
        FigureBound.Exact => new(value, null),
        FigureBound.Range => new(value, stated),
        _ => new(value, Figure.Of(value, stated.Bound)),
    };
}
