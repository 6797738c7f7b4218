namespace MarketActors.Reporting.Charts;

/// <summary>
/// Where a calendar axis crushes a run: the shortest stretch of dates that holds at least half of them, when it
/// covers less than a tenth of the run (years of quiet, then a busy week). A chart draws it again, close up, under
/// the whole run, so that a time-proportional axis loses nothing.
/// </summary>
/// <param name="First">The first date of the stretch.</param>
/// <param name="Last">The last date of the stretch.</param>
/// <param name="Dates">How many of the run's dates it holds.</param>
internal sealed record CloseUp(DateOnly First, DateOnly Last, int Dates)
{
    /// <summary>The least number of dates a run needs before a stretch of it is worth a close-up.</summary>
    public const int MinDates = 4;

    /// <summary>The stretch of <paramref name="dates"/> (distinct, in order) worth a close-up, or null when the run reads well whole.</summary>
    public static CloseUp? Of(IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count < MinDates)
        {
            return null;
        }

        var span = dates[^1].DayNumber - dates[0].DayNumber;
        var half = (dates.Count + 1) / 2;
        CloseUp? best = null;
        for (var i = 0; i + half <= dates.Count; i++)
        {
            var length = dates[i + half - 1].DayNumber - dates[i].DayNumber;
            if (best is null || length < best.Last.DayNumber - best.First.DayNumber)
            {
                best = new CloseUp(dates[i], dates[i + half - 1], half);
            }
        }

        if (best is null || (best.Last.DayNumber - best.First.DayNumber) * 10 >= span)
        {
            return null;
        }

        // Take in every date of the stretch's days (the window was sized for half of them).
        var count = dates.Count(d => d >= best.First && d <= best.Last);
        return best with { Dates = count };
    }
}
