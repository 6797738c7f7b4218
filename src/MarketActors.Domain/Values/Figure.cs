using System.Globalization;

namespace MarketActors.Domain.Values;

/// <summary>
/// A number as a source states it: exact, approximate, a bound or a range. The rules use <see cref="Point"/>
/// (the stated value, or the middle of a range); reports show the qualifier beside it.
/// </summary>
/// <param name="Low">The stated value, or the low end of a range.</param>
/// <param name="High">The high end of a range; equal to <paramref name="Low"/> otherwise.</param>
/// <param name="Bound">How the figure relates to the truth.</param>
[GenerateSerializer, Immutable, Alias("ma.figure")]
public readonly record struct Figure([property: Id(0)] decimal Low, [property: Id(1)] decimal High, [property: Id(2)] FigureBound Bound)
{
    /// <summary>An exact figure.</summary>
    public static Figure Of(decimal value) => new(value, value, FigureBound.Exact);

    /// <summary>A figure with a qualifier other than a range.</summary>
    public static Figure Of(decimal value, FigureBound bound) => new(value, value, bound);

    /// <summary>A range from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static Figure Between(decimal low, decimal high) => new(low, high, FigureBound.Range);

    /// <summary>The value the rules use: the stated value, or the middle of a range.</summary>
    public decimal Point => Bound == FigureBound.Range ? (Low + High) / 2m : Low;

    /// <summary>The sum of figures, each added with <see cref="Plus"/>: nothing sums to an exact zero.</summary>
    public static Figure Sum(IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Aggregate(Of(0m), (sum, figure) => sum.Plus(figure));
    }

    /// <summary>This figure with every value multiplied by <paramref name="factor"/>, keeping the qualifier.</summary>
    public Figure Scale(decimal factor) => this with { Low = Low * factor, High = High * factor };

    /// <summary>
    /// The sum of this figure and <paramref name="other"/>, with the qualifier the sum can honestly carry: an exact
    /// figure keeps the other's qualifier (200k + 800k+ = 1,000,000+); two of the same kind keep it (~ + ~ = ~, + + + =
    /// +, a range and a range give the range of their ends); a strict and an inclusive bound in the same direction give
    /// the strict one (800k+ and &gt; 100k: &gt; 900k). Anything else (bounds in opposite directions, an approximate
    /// figure with a bound, a range with a bound) is approximate at the sum of the points. The point of the sum is
    /// always the sum of the points.
    /// </summary>
    public Figure Plus(Figure other)
    {
        if (other.Bound == FigureBound.Exact)
        {
            return this with { Low = Low + other.Low, High = High + other.Low };
        }

        if (Bound == FigureBound.Exact)
        {
            return other with { Low = Low + other.Low, High = Low + other.High };
        }

        var bound = (Bound, other.Bound) switch
        {
            (var a, var b) when a == b => a,
            (FigureBound.AtLeast, FigureBound.Above) or (FigureBound.Above, FigureBound.AtLeast) => FigureBound.Above,
            (FigureBound.AtMost, FigureBound.Below) or (FigureBound.Below, FigureBound.AtMost) => FigureBound.Below,
            _ => FigureBound.Approximate,
        };
        if (bound == FigureBound.Range)
        {
            return Between(Low + other.Low, High + other.High);
        }

        var point = Point + other.Point;
        return new Figure(point, point, bound);
    }

    /// <summary>
    /// The part of this figure that amounts to <paramref name="point"/>, stated as the whole was: the same qualifier,
    /// and for a range, both ends in proportion (a quarter of 100k–200k is 25k–50k). A part of nothing is exact.
    /// </summary>
    public Figure Portion(decimal point)
    {
        if (point == 0)
        {
            return Of(0m);
        }

        if (Bound != FigureBound.Range)
        {
            return new Figure(point, point, Bound);
        }

        return Point == 0 ? Of(point, FigureBound.Approximate) : Between(Low * point / Point, High * point / Point);
    }

    /// <summary>
    /// Renders the figure with a formatter for its values and its qualifier as the source meant it: "~$5.5M",
    /// "&lt; $10B" (below), "≤ $3B" (at most), "&gt; $1M" (above), "$1M+" (at least), "90%–95%" (a range).
    /// </summary>
    public string Render(Func<decimal, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Bound switch
        {
            FigureBound.Approximate => "~" + format(Low),
            FigureBound.AtLeast => format(Low) + "+",
            FigureBound.AtMost => "≤ " + format(Low),
            FigureBound.Below => "< " + format(Low),
            FigureBound.Above => "> " + format(Low),
            FigureBound.Range => format(Low) + "–" + format(High),
            _ => format(Low),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Render(v => v.ToString(CultureInfo.InvariantCulture));
}
