using System.Text;

namespace MarketActors.Scenarios.Schema;

/// <summary>
/// The human units of <see cref="Units.Quantities"/> and <see cref="Units.Dates"/> as JSON Schema patterns. Editors
/// run them as ECMAScript regular expressions, which have no inline case-insensitive flag, so words the readers
/// accept in any case are spelt out letter by letter. A pattern may accept a little more than its reader (a
/// range that runs backwards, 0% as a share); the validator stays the authority.
/// </summary>
internal static class UnitPatterns
{
    /// <summary>A lower-case kebab-case id.</summary>
    public const string Slug = "^[a-z0-9][a-z0-9-]*$";

    /// <summary>Some text that is not only white space.</summary>
    public const string NonBlank = @"\S";

    private const string Number = @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    private const string Currency = @"(?:US\$|USD|\$)";
    private const string RangeSeparator = @"(?:\s*(?:\.\.|–)\s*|\s+to\s+)";

    private const string Integer = @"(?:\d{1,3}(?:,\d{3})+|\d+)";

    private static readonly string Qualifier = Any(
        "<=", "<", "≤", ">=", ">", "≥", "~", "≈", Word("about"), Word("approx") + @"\.?", Word("up") + @"\s+" + Word("to"), Word("at") + @"\s+" + Word("most"),
        Word("no") + @"\s+" + Word("more") + @"\s+" + Word("than"), Word("well") + @"\s+" + Word("under"), Word("less") + @"\s+" + Word("than"), Word("under"), Word("below"),
        Word("at") + @"\s+" + Word("least"), Word("more") + @"\s+" + Word("than"), Word("over"), Word("above"));

    private static readonly string Thousands = Any(Word("thousand"), Word("k"));
    private static readonly string Millions = Any(Word("million"), Word("mn"), Word("m"));
    private static readonly string Billions = Any(Word("billion"), Word("bn"), Word("b"));
    private static readonly string Trillions = Any(Word("trillion"), Word("tn"), Word("t"));
    private static readonly string Scale = Any(Thousands, Millions, Billions, Trillions);

    /// <summary>
    /// A count that is a whole number once scaled: as many decimals as the scale has zeros (<c>1.5M</c>,
    /// <c>2.125k</c>), and any number of zeros after them (<c>1.50k</c>).
    /// </summary>
    private static readonly string WholeCount = Any(
        $@"{Integer}(?:\.0+)?(?:\s*{Scale})?",
        $@"{Integer}\.\d{{1,3}}0*\s*{Thousands}",
        $@"{Integer}\.\d{{1,6}}0*\s*{Millions}",
        $@"{Integer}\.\d{{1,9}}0*\s*{Billions}",
        $@"{Integer}\.\d{{1,12}}0*\s*{Trillions}");

    private static readonly string PowerUnit = Any(Word("gigawatts"), Word("gigawatt"), Word("megawatts"), Word("megawatt"), Word("kilowatts"), Word("kilowatt"), Word("gw"), Word("mw"), Word("kw"));

    /// <summary>Dollars: <c>500B</c>, <c>$5.5M</c>, <c>~5.5M</c>, <c>&lt; 10B</c>, <c>up to 3B</c>, <c>1M+</c>, <c>1B..2B</c>.</summary>
    public static string Money { get; } = Figure($@"{Currency}?\s*{Number}\s*{Scale}?");

    /// <summary>Dollars as an exact figure: no qualifier, no range.</summary>
    public static string ExactMoney { get; } = Whole($@"{Currency}?\s*{Number}\s*{Scale}?");

    /// <summary>A whole count: <c>20</c>, <c>100k</c>, <c>1.5M</c>, <c>~3700</c>, <c>100k+</c>, <c>100,000</c>.</summary>
    public static string Count { get; } = Figure(WholeCount);

    /// <summary>A whole count as an exact figure.</summary>
    public static string ExactCount { get; } = Whole(WholeCount);

    /// <summary>Power: <c>1.2 GW</c>, <c>200 MW</c>, <c>500 kW</c>, <c>~1.2 GW</c>, <c>up to 5 GW</c>, <c>1..2 GW</c>.</summary>
    public static string Power { get; } = Figure($@"{Number}\s*{PowerUnit}");

    /// <summary>A percentage from 0% to 100%.</summary>
    public static string Percent { get; } = Whole($@"{PercentBody}\s*%");

    /// <summary>
    /// A price from 0% to 100% of face, or a range of them: <c>92%</c>, <c>97c</c>, <c>par</c>, <c>90%..95%</c>,
    /// <c>90..95%</c>, <c>90c..95c</c>.
    /// </summary>
    public static string PercentRange { get; } = Whole(
        $@"(?:(?:{PercentBody}\s*(?:%|[Cc])?|{Word("par")}){RangeSeparator})?(?:{PercentBody}\s*(?:%|[Cc])|{Word("par")})");

    /// <summary>A signed change above -100%: <c>-10%</c>, <c>+25%</c>.</summary>
    public static string Change { get; } = Whole(@"(?:\+?\s*\d+(?:\.\d+)?|-\s*0*\d{1,2}(?:\.\d+)?)\s*%");

    /// <summary>
    /// A date from 1900 to 2200: <c>2025-01-21</c>, <c>2025-01</c>, <c>2025</c>, <c>early-</c>, <c>mid-</c> and
    /// <c>late-2025-01</c>, <c>early-</c>, <c>mid-</c>, <c>late-</c> and <c>end-2026</c>, <c>Q3-2026</c>, <c>H2-2026</c>.
    /// </summary>
    public static string Date { get; } = Whole(
        $@"(?:{Any(Word("early"), Word("mid"), Word("late"))}-{Year}-{Month}|{Any(Word("early"), Word("mid"), Word("late"), Word("end"), Word("h") + "[12]", Word("q") + "[1-4]")}-{Year}|{Year}(?:-{Month}(?:-(?:0?[1-9]|[12]\d|3[01]))?)?)");

    /// <summary>A duration: <c>4y</c>, <c>18mo</c>, <c>2w</c>, <c>90d</c>.</summary>
    public static string Duration { get; } = Whole(
        $@"\d+(?:\.\d+)?\s*{Any(Word("years"), Word("year"), Word("yrs"), Word("yr"), Word("y"), Word("months"), Word("month"), Word("mo"), Word("weeks"), Word("week"), Word("wk"), Word("w"), Word("days"), Word("day"), Word("d"))}");

    /// <summary>An area, maybe approximate: <c>875 acres</c>, <c>~875 acres</c>, <c>350 ha</c>, <c>3.5 km2</c>, <c>120000 m2</c>, <c>50000 sq ft</c>.</summary>
    public static string Area { get; } = Whole(
        $@"(?:{Any("~", "≈", Word("about"), Word("approx") + @"\.?")}\s*)?{Number}\s*{Any(Word("acres"), Word("acre"), Word("hectares"), Word("hectare"), Word("ha"), Word("km2"), Word("km²"), Word("m2"), Word("m²"), Word("sq") + @"\s+" + Word("ft"), Word("sqft"), Word("ft2"))}");

    /// <summary>A number above zero as text, in the forms <see cref="decimal.TryParse(string, out decimal)"/> reads.</summary>
    public static string PositiveNumber { get; } = Whole(@"\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?");

    private static string Year => "(?:19\\d{2}|2[01]\\d{2}|2200)";

    private static string Month => "(?:0?[1-9]|1[0-2])";

    /// <summary>0 to 100, with the sign the reader allows (and -0, which it reads as zero).</summary>
    private static string PercentBody => @"(?:\+?\s*0*(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?)|-\s*0+(?:\.0+)?)";

    /// <summary>
    /// One qualified <paramref name="amount"/>, or a range of them whose low end may be a bare number that takes
    /// the high end's unit (<c>3..5B</c>, <c>1..2 GW</c>).
    /// </summary>
    private static string Figure(string amount)
    {
        var one = $@"(?:{Qualifier}\s*{amount}|{amount}\+?)";
        return Whole($"(?:(?:{one}|{Number}){RangeSeparator})?{one}");
    }

    private static string Whole(string body) => $@"^\s*{body}\s*$";

    private static string Any(params string[] alternatives) => "(?:" + string.Join('|', alternatives) + ")";

    /// <summary>A word in any case: <c>mid</c> → <c>[Mm][Ii][Dd]</c>.</summary>
    private static string Word(string word)
    {
        var result = new StringBuilder();
        foreach (var c in word)
        {
            var upper = char.ToUpperInvariant(c);
            var lower = char.ToLowerInvariant(c);
            result.Append(upper == lower ? c.ToString() : $"[{upper}{lower}]");
        }

        return result.ToString();
    }
}
