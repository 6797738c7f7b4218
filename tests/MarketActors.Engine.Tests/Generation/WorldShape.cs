using System.Collections.Immutable;

namespace MarketActors.Engine.Tests.Generation;

/// <summary>The size of a generated world and the seeds of its events.</summary>
public sealed record WorldShape(int Companies, int Investors, int NavInvestors, int Projects, ImmutableArray<EventSeed> Events)
{
    public override string ToString() =>
        $"{Companies} companies, {Investors} investors ({NavInvestors} at NAV), {Projects} projects, {Events.Length} events: [{string.Join(", ", Events)}]";
}
