using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace MarketActors.Reporting.Charts;

/// <summary>
/// Ticks for a calendar axis: on round dates (1 January every 1, 2, 5… years; the first of every 1, 2, 3 or 6 months;
/// every 1, 2, 7 or 14 days), the finest spacing whose labels (2024, 2025-03, 2025-01-21) all fit between their
/// neighbours with room to spare, so labels never overlap. Labels are ISO, whatever the machine's culture.
/// </summary>
internal sealed class CalendarTicks : IDateTimeTickGenerator
{
    /// <summary>The least room, in pixels, between two labels.</summary>
    public const float Gap = 32;

    private static readonly (int Count, char Unit)[] Spacings =
    [
        (1, 'd'), (2, 'd'), (7, 'd'), (14, 'd'), (1, 'm'), (2, 'm'), (3, 'm'), (6, 'm'),
        (1, 'y'), (2, 'y'), (5, 'y'), (10, 'y'), (20, 'y'), (50, 'y'), (100, 'y'),
    ];

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = 10_000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        Ticks = [];
        if (!double.IsFinite(range.Span) || range.Span <= 0 || size.Length <= 0)
        {
            return;
        }

        var pixelsPerDay = size.Length / range.Span;
        var first = DateOnly.FromDateTime(NumericConversion.ToDateTime(range.Min));
        var last = DateOnly.FromDateTime(NumericConversion.ToDateTime(range.Max));
        foreach (var spacing in Spacings)
        {
            var dates = Dates(first, last, spacing.Count, spacing.Unit).Where(d => X(d) >= range.Min && X(d) <= range.Max).ToList();
            if (dates.Count > MaxTickCount || (dates.Count - 1) * Gap > size.Length)
            {
                // So many ticks cannot have room between their labels: not worth measuring.
                continue;
            }

            var ticks = dates.Select(d => new Tick(X(d), Label(d, spacing.Unit), isMajor: true)).ToArray();
            var widest = ticks.Select(t => labelStyle.Measure(t.Label, paint).Size.Width).DefaultIfEmpty(0).Max();
            var closest = ticks.Zip(ticks.Skip(1), (a, b) => (b.Position - a.Position) * pixelsPerDay).DefaultIfEmpty(double.MaxValue).Min();
            Ticks = ticks;
            if (closest >= widest + Gap)
            {
                return;
            }
        }
    }

    public IEnumerable<double> ConvertToCoordinateSpace(IEnumerable<DateTime> dates) => dates.Select(NumericConversion.ToNumber);

    private static double X(DateOnly date) => ChartAxes.X(date);

    private static IEnumerable<DateOnly> Dates(DateOnly first, DateOnly last, int count, char unit)
    {
        switch (unit)
        {
            case 'd':
                // Day numbers count from Monday 1 January 0001, so weekly ticks fall on Mondays.
                for (var day = first.DayNumber + ((count - (first.DayNumber % count)) % count); day <= last.DayNumber; day += count)
                {
                    yield return DateOnly.FromDayNumber(day);
                }

                break;
            case 'm':
                for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
                {
                    if (((month.Year * 12) + month.Month - 1) % count == 0)
                    {
                        yield return month;
                    }
                }

                break;
            default:
                for (var year = first.Year + ((count - (first.Year % count)) % count); year <= last.Year; year += count)
                {
                    yield return new DateOnly(year, 1, 1);
                }

                break;
        }
    }

    private static string Label(DateOnly date, char unit) => date.ToString(
        unit switch
        {
            'y' => "yyyy",
            'm' => "yyyy-MM",
            _ => "yyyy-MM-dd",
        },
        CultureInfo.InvariantCulture);
}
