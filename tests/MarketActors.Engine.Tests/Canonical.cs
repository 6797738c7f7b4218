using System.Text.Json;
using MarketActors.Domain.Output;

namespace MarketActors.Engine.Tests;

/// <summary>A run's whole output as one string, so that two outputs compare in full, snapshots included.</summary>
internal static class Canonical
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Dump(RunOutput output) => JsonSerializer.Serialize(output, Options);
}
