namespace MarketActors.Domain.Events;

/// <summary>What a commitment counts to release its money: power brought online, or GPUs brought online.</summary>
[GenerateSerializer]
public enum ReleaseUnit
{
    /// <summary>Megawatts of sites' own power brought online (power-deployed).</summary>
    Megawatts = 0,

    /// <summary>GPUs brought online, of any model (gpus-deployed).</summary>
    Gpus = 1,
}
