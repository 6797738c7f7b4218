using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>Short renderings of amounts and names for descriptions.</summary>
internal static class Say
{
    public static string Money(Figure figure) => figure.Render(v => Format.Value(v, MetricUnit.Usd));

    public static string Count(Figure figure) => figure.Render(v => Format.Value(v, MetricUnit.Count));

    public static string Power(Figure figure) => figure.Render(Format.Power);

    /// <summary>GPUs of a model, or GPUs of no stated model: "100,000 GB200", "200,000 GPUs".</summary>
    public static string Gpus(Figure count, string gpu) => $"{Count(count)} {(gpu == Actors.GpuModel.Unstated ? "GPUs" : gpu)}";

    public static string Percent(Figure figure) => figure.Render(v => Format.Value(v, MetricUnit.Fraction));

    /// <summary>"OpenAI", "OpenAI and Microsoft", "A, B and C".</summary>
    public static string Names(INameLookup names, IReadOnlyList<ActorId> actors)
    {
        var each = actors.Select(names.NameOf).ToList();
        return each.Count <= 1 ? string.Concat(each) : string.Join(", ", each.Take(each.Count - 1)) + " and " + each[^1];
    }
}
