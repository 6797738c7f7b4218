namespace MarketActors.Domain.Metrics;

/// <summary>The unit of a metric, which decides how reports print it.</summary>
[GenerateSerializer]
public enum MetricUnit
{
    /// <summary>US dollars.</summary>
    Usd,

    /// <summary>A number of GPUs.</summary>
    Gpus,

    /// <summary>H100-equivalent GPUs.</summary>
    H100e,

    /// <summary>Dense BF16 PFLOPS.</summary>
    Pflops,

    /// <summary>Megawatts.</summary>
    Megawatts,

    /// <summary>A plain count (jobs, models, data centres).</summary>
    Count,

    /// <summary>A fraction between 0 and 1, printed as a percentage.</summary>
    Fraction,
}
