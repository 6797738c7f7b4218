using MarketActors.Scenarios.Units;

namespace MarketActors.Scenarios.Tests.Units;

public sealed class DatesTests
{
    [Theory]
    [InlineData("2025-01-21", 2025, 1, 21)]
    [InlineData(" 2025-01-21 ", 2025, 1, 21)]
    [InlineData("2025-1-5", 2025, 1, 5)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2025-01", 2025, 1, 1)]
    [InlineData("2025-09", 2025, 9, 1)]
    [InlineData("2025", 2025, 1, 1)]
    [InlineData("early-2026", 2026, 1, 1)]
    [InlineData("mid-2026", 2026, 7, 1)]
    [InlineData("Mid-2026", 2026, 7, 1)]
    [InlineData("late-2026", 2026, 10, 1)]
    [InlineData("end-2026", 2026, 12, 31)]
    [InlineData("Q1-2026", 2026, 1, 1)]
    [InlineData("Q2-2026", 2026, 4, 1)]
    [InlineData("Q3-2026", 2026, 7, 1)]
    [InlineData("q4-2026", 2026, 10, 1)]
    [InlineData("H1-2026", 2026, 1, 1)]
    [InlineData("H2-2026", 2026, 7, 1)]
    [InlineData("1900-01-01", 1900, 1, 1)]
    [InlineData("2200-12-31", 2200, 12, 31)]
    [InlineData("end-2200", 2200, 12, 31)]
    [InlineData("early-2025-01", 2025, 1, 1)]
    [InlineData("mid-2025-01", 2025, 1, 15)]
    [InlineData("late-2025-01", 2025, 1, 21)]
    [InlineData("Mid-2025-2", 2025, 2, 15)]
    [InlineData("LATE-2025-02", 2025, 2, 21)]
    [InlineData("early-2025-12", 2025, 12, 1)]
    [InlineData("late-2200-12", 2200, 12, 21)]
    public void Reads_the_dates_analysts_write(string text, int year, int month, int day)
    {
        var date = Dates.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("1066")]
    [InlineData("2201")]
    [InlineData("mid-2926")]
    [InlineData("Q1-9999")]
    [InlineData("mid-1899-06")]
    public void Refuses_years_out_of_range(string text)
    {
        Assert.Null(Dates.Parse(text, out var error));
        Assert.Equal($"'{text}' is out of range: years run from {Dates.MinYear} to {Dates.MaxYear}", error);
    }

    [Theory]
    [InlineData("2025-02-30", "February 2025 has 28 days")]
    [InlineData("2025-02-29", "February 2025 has 28 days")]
    [InlineData("2024-02-30", "February 2024 has 29 days")]
    [InlineData("2025-04-31", "April 2025 has 30 days")]
    [InlineData("2025-01-00", "January 2025 has 31 days")]
    public void Refuses_days_that_are_not_in_the_calendar_and_says_how_many_there_are(string text, string reason)
    {
        Assert.Null(Dates.Parse(text, out var error));
        Assert.Equal($"'{text}' is not a day of the calendar: {reason}", error);
    }

    [Theory]
    [InlineData("2025-13", 13)]
    [InlineData("2025-00-10", 0)]
    [InlineData("2025-21-01", 21)]
    [InlineData("mid-2025-13", 13)]
    [InlineData("early-2025-00", 0)]
    public void Refuses_months_that_do_not_exist(string text, int month)
    {
        Assert.Null(Dates.Parse(text, out var error));
        Assert.Equal($"'{text}' has no month {month}; months run from 01 to 12", error);
    }

    [Theory]
    [InlineData("21/01/2025")]
    [InlineData("January 2025")]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData("20250-01-21")]
    [InlineData("Q5-2026")]
    [InlineData("H3-2026")]
    [InlineData("sometime-2026")]
    [InlineData("2025-01-21T10:00")]
    [InlineData("mid-2025-01-05")]
    [InlineData("end-2025-01")]
    [InlineData("Q3-2025-07")]
    [InlineData("mid-Jan-2025")]
    [InlineData("mid-2025-001")]
    public void Refuses_what_is_not_a_date_and_shows_the_forms_it_reads(string text)
    {
        Assert.Null(Dates.Parse(text, out var error));
        Assert.Equal($"'{text}' is not a date; write 2025-01-21, 2025-01, 2025, mid-2025-01, mid-2026, Q3-2026 or H2-2026", error);
    }
}
