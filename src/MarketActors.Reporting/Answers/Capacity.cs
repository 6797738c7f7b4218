using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Reporting.Answers;

/// <summary>How capacity tables print figures: as stated, qualifier and all (1,000,000+, ~3,700, 1.2 GW).</summary>
internal static class Capacity
{
    /// <summary>A metric of capacity as a table cell: power in MW or GW, everything else as a whole number.</summary>
    public static string Cell(string metric, Figure stated) => metric.StartsWith("power.", StringComparison.Ordinal)
        ? Power(stated)
        : Count(stated);

    /// <summary>A count (GPUs, H100e, PFLOPS, MW of GPUs) as stated.</summary>
    public static string Count(Figure stated) => stated.Render(v => Format.Number(v, 0));

    /// <summary>Power as stated, "—" when there is none.</summary>
    public static string Power(Figure stated) => stated.Point == 0 && stated.Bound == FigureBound.Exact ? "—" : stated.Render(Format.Power);

    /// <summary>A GPU model as a reader sees it.</summary>
    public static string Model(string gpu) => gpu == GpuModel.Unstated ? "not stated" : gpu;
}
