using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Units;

namespace MarketActors.Scenarios.Tests.Schema;

/// <summary>
/// The schema's unit definitions against the readers the validator uses, over many written forms: whatever a
/// reader accepts, the definition accepts, written quoted (a string) or plain (a number where YAML makes one), both
/// by JSON Schema and by the ECMAScript regular expressions editors run. Where a definition claims to be exact,
/// it also accepts nothing else, but for the few loosenesses named in each test.
/// </summary>
public sealed class SchemaDefinitionsTests
{
    private static readonly string[] RangeSeparators = ["..", " .. ", "–", " – ", " to ", "  to  ", "-", "—", "~"];

    [Fact]
    public void Money_accepts_every_amount_the_reader_accepts()
    {
        string[] qualifiers = ["", "~", "≈", "<", "< ", "<=", "≤", ">= ", ">", "> ", "≥", "about ", "About ", "approx ", "approx. ", "UNDER ", "below ", "over ", "above ", "around ", "-", "up to ", "Up  To ", "upto ", "at most ", "no more than ", "well under ", "less than ", "at least ", "more than ", "nearly "];
        string[] currencies = ["", "$", "US$", "USD ", "usd ", "€", "EUR "];
        var singles = Combine(qualifiers, currencies, Numbers, Scales, ["", "+"]).ToList();
        var ranges = Ranges(["1B", "$1B", "~1B", "2B", "1M+", "< 3B", "up to 3B", "1.5B", "0", "US$ 2bn"]);

        Check("money", singles.Concat(ranges), Positive(Quantities.Money), looser: t => Quantities.Money(t, out _) is not null || IsRange(t));
    }

    [Fact]
    public void Exact_money_accepts_every_exact_amount_the_reader_accepts()
    {
        var singles = Combine(["", "~", "< ", "over "], ["", "$", "US$", "USD ", "€"], Numbers, Scales, ["", "+"]);

        Check("exact-money", singles.Concat(Ranges(["1B", "2B"])), t => Quantities.Money(t, out _) is { Bound: FigureBound.Exact }, looser: _ => false);
    }

    [Fact]
    public void Count_accepts_every_count_the_reader_accepts()
    {
        string[] qualifiers = ["", "~", "<", "≤ ", ">=", ">", "about ", "approx. ", "under ", "Over ", "above ", "-", "up to ", "at least ", "more than "];
        var singles = Combine(qualifiers, ["", "$"], CountNumbers, Scales, ["", "+"]);
        var ranges = Ranges(["1M", "2M", "~1M", "800k+", "0", "1,000", "1.5", "2.5k", "1.5M"]);

        Check("count", singles.Concat(ranges), Positive(Quantities.Count), looser: t => Quantities.Count(t, out _) is not null || IsRange(t));
    }

    [Fact]
    public void Exact_count_accepts_every_exact_count_the_reader_accepts()
    {
        var singles = Combine(["", "~", "over "], ["", "$"], CountNumbers, Scales, ["", "+"]);

        Check("exact-count", singles.Concat(Ranges(["1", "2"])), t => Quantities.Count(t, out _) is { Bound: FigureBound.Exact }, looser: _ => false);
    }

    [Fact]
    public void Percent_accepts_every_percentage_from_0_to_100_the_reader_accepts()
    {
        Check("percent", Percentages().Concat(PercentRanges()), t => Quantities.Percent(t, allowRange: false, out _) is { Point: >= 0 and <= 1 }, looser: _ => false);
    }

    [Fact]
    public void Percent_range_accepts_every_price_or_range_the_reader_accepts()
    {
        var prices = Percentages().Concat(PercentRanges()).Concat(Combine(["", "+", "-"], ["0", "5", "97", "97.5", "100", "101", ".5"], ["c", " c", "C", "cents", "p"]))
            .Concat(["par", "Par", "PAR", " par ", "at par", "parity", "pa"])
            .Concat(Ranges(["90c", "95c", "90", "95", "90%", "par", "101c", "-0c"]));

        Check("percent-range", prices, t => Quantities.Price(t, out _) is { Low: >= 0, High: <= 1 }, looser: IsRange);
    }

    [Fact]
    public void Change_accepts_every_change_above_minus_100_percent_the_reader_accepts()
    {
        Check("change", Percentages().Concat(PercentRanges()), t => Quantities.Percent(t, allowRange: false, out _) is { Point: > -1 }, looser: _ => false);
    }

    [Fact]
    public void Date_accepts_every_date_the_reader_accepts()
    {
        string[] years = ["1899", "1900", "2025", "2199", "2200", "2201", "0999", "20250", "25"];
        string[] months = ["0", "1", "01", "2", "02", "9", "09", "10", "12", "13", "00"];
        string[] days = ["0", "1", "01", "9", "28", "29", "30", "31", "32"];
        string[] parts = ["early", "Early", "EARLY", "mid", "Mid", "late", "end", "End", "h1", "H2", "H3", "q1", "Q4", "Q5", "Q0", "middle", "start"];
        var candidates = years
            .SelectMany(y => new[] { y, " " + y + " " }
                .Concat(months.Select(m => $"{y}-{m}"))
                .Concat(months.SelectMany(m => days.Select(d => $"{y}-{m}-{d}")))
                .Concat(parts.Select(p => $"{p}-{y}"))
                .Concat(parts.SelectMany(p => months.Select(m => $"{p}-{y}-{m}")))
                .Concat(["mid-" + y + "-01-15"]))
            .Concat(["2025/01/21", "Jan 2025", "21-01-2025", "2025-01-21T00:00", "mid 2026", "Q3 2026", "2025-1-5"]);

        // The pattern cannot know how long each month is: 2025-02-30 passes it and fails the reader.
        Check("date", candidates, t => Dates.Parse(t, out _) is not null, looser: t => Regex.IsMatch(t, @"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$"));
    }

    [Fact]
    public void Duration_accepts_every_duration_the_reader_accepts()
    {
        string[] units = ["y", "Y", "yr", "yrs", "year", "years", "Years", "mo", "MO", "month", "months", "w", "wk", "week", "weeks", "d", "day", "days", "m", "h", "decade"];

        Check("duration", Combine(["4", "1.5", "0", "10", ".5", "4.", "-4", "1,000"], ["", " ", "  "], units), t => Quantities.Duration(t, out _) is not null, looser: _ => false);
    }

    [Fact]
    public void Area_accepts_every_area_the_reader_accepts()
    {
        string[] units = ["acres", "acre", "Acres", "ha", "HA", "hectare", "hectares", "km2", "km²", "KM2", "m2", "m²", "sq ft", "sq  ft", "SQ FT", "sqft", "ft2", "ft²", "mi2", "yards", ""];

        Check("area", Combine(["", "~", "~ ", "≈", "about ", "About ", "approx. ", "over ", "<", "-"], ["875", "1,000", "3.5", "0", "1,00", ".5"], ["", " "], units), t => Quantities.Area(t, out _) is not null, looser: _ => false);
    }

    [Fact]
    public void Power_accepts_every_power_the_reader_accepts()
    {
        string[] qualifiers = ["", "~", "≈", "<", "<= ", "≤", ">", ">= ", "about ", "up to ", "Up To ", "at most ", "under ", "over ", "at least ", "more than ", "-", "$"];
        string[] units = ["GW", " GW", "gw", "Gw", " MW", "mw", "kW", " KW", " gigawatts", " gigawatt", " megawatts", " kilowatt", "", " W", " TW", " GWh", " watts", " MWe"];
        var singles = Combine(qualifiers, ["0", "1", "1.2", "1,500", "1,00", ".5"], units, ["", "+"]);
        var ranges = Ranges(["1", "1 GW", "2 GW", "500 MW", "~1 GW", "1.5", "up to 2 GW", "2", "0 GW"]);

        Check("power", singles.Concat(ranges), t => Quantities.Power(t, out _) is not null, looser: IsRange);
    }

    [Fact]
    public void Counts_written_plain_are_whole_numbers()
    {
        // YAML gives count: 200000.5 to an editor as a number, which no pattern sees.
        Assert.Empty(SchemaCheck.Errors("count", JsonValue.Create(200000)));
        Assert.NotEmpty(SchemaCheck.Errors("count", JsonValue.Create(200000.5m)));
        Assert.NotEmpty(SchemaCheck.Errors("exact-count", JsonValue.Create(10.5m)));
        Assert.Empty(SchemaCheck.Errors("money", JsonValue.Create(5.5m)));
    }

    [Fact]
    public void Positive_number_accepts_every_number_above_zero_the_catalog_reads()
    {
        string[] candidates = ["0.989", "700", "1e3", "1E+3", "1.5e-3", "+5", ".5", "5.", "-1", "0", "0.0", "1,000", " 7 ", "1e", "abc", "5.5.5", "--1", "+-1", "1_000", "0x10", "Infinity", "NaN", "2.5"];

        // Zero is a number the pattern takes; the catalog then says it must be above zero.
        Check("positive-number", candidates, t => decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0, looser: t => decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Years_written_plain_are_dates_within_range()
    {
        Assert.Empty(SchemaCheck.Errors("date", JsonValue.Create(2026)));
        Assert.NotEmpty(SchemaCheck.Errors("date", JsonValue.Create(1850)));
        Assert.NotEmpty(SchemaCheck.Errors("date", JsonValue.Create(2026.5)));
    }

    [Fact]
    public void Booleans_are_read_plain_or_as_words()
    {
        foreach (var yes in new JsonNode?[] { JsonValue.Create(true), JsonValue.Create(false), JsonValue.Create("yes"), JsonValue.Create("no"), JsonValue.Create("true") })
        {
            Assert.Empty(SchemaCheck.Errors("bool", yes));
        }

        Assert.NotEmpty(SchemaCheck.Errors("bool", JsonValue.Create("maybe")));
    }

    private static string[] Numbers => ["0", "5", "5.5", "1,000", "12,345.67", "1,00", ".5", "5."];

    /// <summary>Numbers whole or not once scaled: 1.5 is not a count, 1.5M is; 1.2345k is not, 1.2345M is.</summary>
    private static string[] CountNumbers => [.. Numbers, "100.0", "1.50", "2.125", "1.2345", "1.0000001", "1.123456789", "1.1234567891", "1.1234567891230", "1.1234567891234", "1,000.5"];

    private static string[] Scales => ["", "k", "K", "M", "mn", "B", "bn", "BN", "t", "Tn", " million", " Billion", "thousand", " bananas", "x"];

    private static IEnumerable<string> Percentages() =>
        Combine(["", "+", "-", "+ ", "- "], ["0", "00", "5", "13", "21.35", "99.99", "100", "100.0", "100.00", "100.5", "101", "007", "1000", ".5", "5."], ["%", " %", "", "pc"]);

    private static IEnumerable<string> PercentRanges() => Ranges(["0%", "90%", "90", "95%", "100%", "100", "101%", "-0%", "+5%", "50.5%", "-5%"]);

    private static IEnumerable<string> Ranges(string[] ends) =>
        from low in ends from separator in RangeSeparators from high in ends select low + separator + high;

    private static bool IsRange(string text) => text.Contains("..", StringComparison.Ordinal) || text.Contains('–', StringComparison.Ordinal) || text.Contains(" to ", StringComparison.Ordinal);

    private static IEnumerable<string> Combine(params string[][] parts) =>
        parts.Aggregate((IEnumerable<string>)[string.Empty], (acc, next) => acc.SelectMany(a => next.Select(n => a + n)));

    private static Func<string, bool> Positive(ReadFigure read) => t => read(t, out _) is { Low: > 0 };

    private delegate Figure? ReadFigure(string text, out string? error);

    private static void Check(string definition, IEnumerable<string> candidates, Func<string, bool> reads, Func<string, bool> looser)
    {
        var pattern = new Regex(SchemaCheck.Tree["$defs"]![definition]!["pattern"]!.GetValue<string>(), RegexOptions.ECMAScript);
        var missed = new List<string>();
        var extra = new List<string>();
        var accepted = 0;
        foreach (var text in candidates.Distinct(StringComparer.Ordinal))
        {
            var plain = YamlJson.Plain(text.Trim());
            if (reads(text))
            {
                accepted++;
                if (!pattern.IsMatch(text) || SchemaCheck.Errors(definition, JsonValue.Create(text)).Count > 0)
                {
                    missed.Add($"'{text}'");
                }

                if (plain is not null && plain.GetValueKind() != JsonValueKind.String && SchemaCheck.Errors(definition, plain).Count > 0)
                {
                    missed.Add($"'{text}' written plain, as {plain.ToJsonString()}");
                }
            }
            else if (pattern.IsMatch(text) && !looser(text))
            {
                extra.Add($"'{text}'");
            }
        }

        Assert.True(accepted > 0, $"no candidate for {definition} is read at all");
        Assert.True(missed.Count == 0, $"{definition} rejects what the reader accepts: {string.Join(", ", missed.Take(30))}");
        Assert.True(extra.Count == 0, $"{definition} accepts what the reader rejects: {string.Join(", ", extra.Take(30))}");
    }
}
