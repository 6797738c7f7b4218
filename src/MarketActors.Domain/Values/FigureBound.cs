namespace MarketActors.Domain.Values;

/// <summary>How a figure relates to the truth it reports.</summary>
[GenerateSerializer]
public enum FigureBound
{
    /// <summary>The figure as stated.</summary>
    Exact = 0,

    /// <summary>About this much ("~$5.5M").</summary>
    Approximate = 1,

    /// <summary>At least this much ("over 1,000,000", "100k+").</summary>
    AtLeast = 2,

    /// <summary>At most this much ("well under $10B", "&lt; 10B").</summary>
    AtMost = 3,

    /// <summary>Somewhere between <see cref="Figure.Low"/> and <see cref="Figure.High"/> ("90%..95%").</summary>
    Range = 4,
}
