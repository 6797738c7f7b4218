namespace MarketActors.Domain.Actors;

/// <summary>A GPU model from the scenario's catalog: what one unit computes and draws.</summary>
/// <param name="Name">The catalog key ("GB200").</param>
/// <param name="Bf16Pflops">Dense BF16 throughput of one GPU, in PFLOPS.</param>
/// <param name="Watts">Power of one GPU, in watts, as the scenario counts it (board or all-in).</param>
/// <param name="H100Equivalents">How many H100s one unit is worth (throughput against the catalog's basis).</param>
[GenerateSerializer, Immutable, Alias("ma.gpu-model")]
public sealed record GpuModel(
    [property: Id(0)] string Name,
    [property: Id(1)] decimal Bf16Pflops,
    [property: Id(2)] decimal Watts,
    [property: Id(3)] decimal H100Equivalents)
{
    /// <summary>
    /// The name capacity lines give GPUs whose model no source states ("200,000 GPUs"): they count as GPUs, and add
    /// nothing to H100-equivalents, PFLOPS or watts. No catalog model may take this name.
    /// </summary>
    public const string Unstated = "unstated";
}
