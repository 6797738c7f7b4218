using System.Globalization;

namespace MarketActors.Reporting;

/// <summary>Dates as every output writes them: ISO 8601.</summary>
public static class Dates
{
    /// <summary>yyyy-MM-dd.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
