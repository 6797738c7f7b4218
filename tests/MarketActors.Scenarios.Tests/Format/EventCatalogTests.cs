using System.Text.RegularExpressions;
using MarketActors.Domain.Events;
using MarketActors.Scenarios.Format;

namespace MarketActors.Scenarios.Tests.Format;

/// <summary>The extension point's guard: an event type the domain knows but the format cannot write is a test failure.</summary>
public sealed partial class EventCatalogTests
{
    /// <summary>Events the compiler schedules from others, which files never write: a round's tranches.</summary>
    private static readonly Type[] Scheduled = [typeof(TrancheSettled)];

    [Fact]
    public void Every_event_type_of_the_domain_has_its_entry_in_the_catalog()
    {
        var types = typeof(MarketEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(MarketEvent)) && !t.IsAbstract && !Scheduled.Contains(t))
            .Select(t => Kebab().Replace(t.Name, "-$1").ToLowerInvariant())
            .Order(StringComparer.Ordinal);

        Assert.Equal(types, EventCatalog.All.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_entry_has_an_example_and_a_summary()
    {
        Assert.All(EventCatalog.All, s =>
        {
            Assert.Contains($"type: {s.Name},", s.Example, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(s.Summary));
        });
    }

    [Fact]
    public void Every_event_type_is_used_by_a_story_or_a_what_if_shipped_in_scenarios()
    {
        var folder = Path.Combine(Paths.Root, "scenarios");
        var used = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => TypeField().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        var unused = EventCatalog.All.Select(s => s.Name).Where(name => !used.Contains(name)).ToList();
        Assert.True(unused.Count == 0, "no shipped scenario or what-if uses: " + string.Join(", ", unused));
    }

    [GeneratedRegex(@"type: ([a-z-]+)")]
    private static partial Regex TypeField();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Kebab();
}
