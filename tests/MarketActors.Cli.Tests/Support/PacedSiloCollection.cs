namespace MarketActors.Cli.Tests.Support;

/// <summary>The tests that run documented command lines share one <see cref="PacedSilo"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PacedSiloCollection : ICollectionFixture<PacedSilo>
{
    public const string Name = "paced silo";
}
