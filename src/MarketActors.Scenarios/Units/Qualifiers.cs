using MarketActors.Domain.Values;

namespace MarketActors.Scenarios.Units;

/// <summary>
/// The words and signs a source puts before a figure, and the bound each means. Strict bounds ("under", "&lt;",
/// "over", "&gt;") are kept apart from inclusive ones ("up to", "≤", "at least", "≥", a trailing "+").
/// </summary>
internal static class Qualifiers
{
    /// <summary>Every qualifier written before a number, as a regular-expression alternation to read in any case.</summary>
    public const string Pattern =
        @"~|≈|about|approx\.?|<=|≤|up\s+to|at\s+most|no\s+more\s+than|<|well\s+under|less\s+than|under|below|>=|≥|at\s+least|>|more\s+than|over|above";

    /// <summary>
    /// The bound meant by <paramref name="before"/> (a match of <see cref="Pattern"/>, or empty) and by a trailing
    /// "+" when <paramref name="plus"/>; the caller refuses both at once.
    /// </summary>
    public static FigureBound Bound(string before, bool plus) => string.Join(' ', before.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "" => plus ? FigureBound.AtLeast : FigureBound.Exact,
        "~" or "≈" or "about" or "approx" or "approx." => FigureBound.Approximate,
        "<=" or "≤" or "up to" or "at most" or "no more than" => FigureBound.AtMost,
        "<" or "well under" or "less than" or "under" or "below" => FigureBound.Below,
        ">=" or "≥" or "at least" => FigureBound.AtLeast,
        ">" or "more than" or "over" or "above" => FigureBound.Above,
        var other => throw new ArgumentException($"'{other}' is not a qualifier.", nameof(before)),
    };
}
