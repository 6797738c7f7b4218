namespace MarketActors.Client.Tests;

/// <summary>Tests that start their own silo, or none, and read the console: they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiloCollection
{
    public const string Name = "standalone silo";
}
