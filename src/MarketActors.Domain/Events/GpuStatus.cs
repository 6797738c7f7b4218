namespace MarketActors.Domain.Events;

/// <summary>Where capacity (GPUs, or a site's power) stands on its way to producing compute.</summary>
[GenerateSerializer]
public enum GpuStatus
{
    /// <summary>In a plan, not yet being built.</summary>
    Planned = 0,

    /// <summary>Being built or installed.</summary>
    UnderConstruction = 1,

    /// <summary>Running.</summary>
    Online = 2,
}
