using ScottPlot;

namespace MarketActors.Reporting.Charts;

/// <summary>What every chart shares: fixed sizes and a fixed palette, so that the same run draws the same bytes.</summary>
internal static class ChartStyle
{
    public const int Width = 1000;

    public const int Height = 480;

    public static Color[] Palette { get; } =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"),
    ];

    public static Color Colour(int index) => Palette[index % Palette.Length];

    /// <summary>A name for a chart file: lower-case letters, digits and '-' (metric names have '.' and ':').</summary>
    public static string Slug(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? char.ToLowerInvariant(c) : '-')]);
}
