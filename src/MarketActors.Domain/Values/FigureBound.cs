namespace MarketActors.Domain.Values;

/// <summary>
/// How a figure relates to the truth it reports, kept as the source wrote it: a strict bound ("under", "&lt;") and an
/// inclusive one ("up to", "≤") are told apart. The numbers are serialized: new members take new numbers.
/// </summary>
[GenerateSerializer]
public enum FigureBound
{
    /// <summary>The figure as stated.</summary>
    Exact = 0,

    /// <summary>About this much ("~$5.5M").</summary>
    Approximate = 1,

    /// <summary>At least this much, this included ("at least 1,000,000", "&gt;= 1M", "100k+").</summary>
    AtLeast = 2,

    /// <summary>At most this much, this included ("up to $3B", "&lt;= 3B", "no more than 3B").</summary>
    AtMost = 3,

    /// <summary>Somewhere between <see cref="Figure.Low"/> and <see cref="Figure.High"/> ("90%..95%").</summary>
    Range = 4,

    /// <summary>Less than this, this excluded ("well under $10B", "&lt; 10B", "below 10B").</summary>
    Below = 5,

    /// <summary>More than this, this excluded ("over 1,000,000", "&gt; 1M", "more than 1M").</summary>
    Above = 6,
}
