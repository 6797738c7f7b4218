using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Short renderings of amounts for descriptions.</summary>
internal static class Say
{
    public static string Money(Figure figure) => figure.Render(v => Format.Value(v, MetricUnit.Usd));

    public static string Count(Figure figure) => figure.Render(v => Format.Value(v, MetricUnit.Count));

    public static string Percent(Figure figure) => figure.Render(v => Format.Value(v, MetricUnit.Fraction));
}
