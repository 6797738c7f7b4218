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

    /// <summary>
    /// The sum of figures, keeping what their qualifiers say about it: exact figures add up exactly; with figures that
    /// are only bounded on one side (<c>3B+</c>, <c>&lt; 10B</c>) the sum is bounded on that side too; ranges add their
    /// ends; anything else (an approximate figure, bounds on both sides) makes the sum approximate. The point value is
    /// always the sum of the points.
    /// </summary>
    public static Figure Sum(IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        decimal low = 0, high = 0, point = 0;
        var bounds = new HashSet<FigureBound>();
        foreach (var figure in figures)
        {
            low += figure.Low;
            high += figure.High;
            point += figure.Point;
            if (figure.Bound != FigureBound.Exact)
            {
                bounds.Add(figure.Bound);
            }
        }

        return bounds.Count switch
        {
            0 => Of(point),
            _ when bounds.IsSubsetOf([FigureBound.Range]) => Between(low, high),
            _ when bounds.IsSubsetOf([FigureBound.AtLeast, FigureBound.Above]) => Of(point, bounds.Contains(FigureBound.Above) ? FigureBound.Above : FigureBound.AtLeast),
            _ when bounds.IsSubsetOf([FigureBound.AtMost, FigureBound.Below]) => Of(point, bounds.Contains(FigureBound.Below) ? FigureBound.Below : FigureBound.AtMost),
            _ => Of(point, FigureBound.Approximate),
        };
    }

    /// <summary>This figure with every value multiplied by <paramref name="factor"/>, keeping the qualifier.</summary>
    public Figure Scale(decimal factor) => this with { Low = Low * factor, High = High * factor };

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
