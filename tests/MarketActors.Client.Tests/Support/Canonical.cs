using System.Text.Json;

namespace MarketActors.Client.Tests.Support;

/// <summary>Records as JSON, so that values holding immutable arrays compare in full.</summary>
internal static class Canonical
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Dump<T>(T value) => JsonSerializer.Serialize(value, Options);
}
