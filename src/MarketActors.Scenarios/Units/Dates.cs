using System.Globalization;
using System.Text.RegularExpressions;

namespace MarketActors.Scenarios.Units;

/// <summary>
/// Reads dates as analysts write them: <c>2025-01-21</c>, <c>2025-01</c> (the 1st), <c>2025</c> (1 January),
/// <c>early-2026</c> (1 January), <c>mid-2026</c> (1 July), <c>late-2026</c> (1 October), <c>end-2026</c>
/// (31 December), <c>Q3-2026</c> and <c>H2-2026</c> (their first day). Within a month, <c>early-2025-01</c> stands
/// for its 1st, <c>mid-2025-01</c> for its 15th (the middle of any month) and <c>late-2025-01</c> for its 21st (where
/// its last ten days or so begin), as the year's forms stand for its start, its middle and its last quarter.
/// </summary>
public static partial class Dates
{
    /// <summary>The earliest year a scenario may use.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a scenario may use.</summary>
    public const int MaxYear = 2200;

    /// <summary>Reads a date; returns null with an explanation when it cannot.</summary>
    public static DateOnly? Parse(string text, out string? error)
    {
        error = null;
        var t = text.Trim();
        var match = DatePattern().Match(t);
        if (!match.Success)
        {
            error = $"'{text}' is not a date; write 2025-01-21, 2025-01, 2025, mid-2025-01, mid-2026, Q3-2026 or H2-2026";
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            error = $"'{text}' is out of range: years run from {MinYear} to {MaxYear}";
            return null;
        }

        if (match.Groups["p"].Success && !match.Groups["m"].Success)
        {
            var part = match.Groups["p"].Value.ToLowerInvariant();
            return part switch
            {
                "early" => new DateOnly(year, 1, 1),
                "mid" => new DateOnly(year, 7, 1),
                "late" => new DateOnly(year, 10, 1),
                "end" => new DateOnly(year, 12, 31),
                "h1" => new DateOnly(year, 1, 1),
                "h2" => new DateOnly(year, 7, 1),
                _ => new DateOnly(year, ((part[1] - '1') * 3) + 1, 1),
            };
        }

        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : PartOfMonth(match.Groups["p"].Value);
        if (month is < 1 or > 12)
        {
            error = $"'{text}' has no month {month}; months run from 01 to 12";
            return null;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            error = $"'{text}' is not a day of the calendar: {name} {year} has {days} days";
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>The day a part of a month stands for: early the 1st, mid the 15th, late the 21st; the 1st when none is written.</summary>
    private static int PartOfMonth(string part) => part.ToLowerInvariant() switch
    {
        "mid" => 15,
        "late" => 21,
        _ => 1,
    };

    [GeneratedRegex(@"^(?:(?<p>early|mid|late)-(?<y>\d{4})-(?<m>\d{1,2})|(?<p>early|mid|late|end|H[12]|Q[1-4])-(?<y>\d{4})|(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
