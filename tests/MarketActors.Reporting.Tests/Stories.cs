using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Reporting.Tests;

/// <summary>The repository's stories, replayed once on the reference replayer, with their ticks.</summary>
internal static class Stories
{
    private static readonly Lazy<Story> SeedStory = new(() => Replay(Paths.Seed));

    public static Story Seed => SeedStory.Value;

    public static IEnumerable<string> Files => Directory.GetFiles(Path.Combine(Paths.Root, "scenarios"), "*.yaml").Order(StringComparer.Ordinal);

    public static Story Replay(string file)
    {
        var loaded = ScenarioLoader.Load(file);
        Assert.Empty(loaded.Diagnostics);
        var plan = loaded.Scenario!.Plan;
        var ticks = new List<TickRecord>();
        var output = ReferenceReplayer.Replay(plan, new SyncProgress(ticks.Add));
        return new Story(plan, output, ticks);
    }

    /// <summary>
    /// Replays a made-up story written in the test, which must pass validation and the dry run: as later revised, or
    /// as known at <paramref name="asKnownAt"/>.
    /// </summary>
    public static Story FromYaml(string yaml, DateOnly? asKnownAt = null)
    {
        var loaded = ScenarioLoader.CompileAndCheck(yaml, "test.yaml", [], 0, asKnownAt);
        Assert.Empty(loaded.Diagnostics);
        var plan = loaded.Scenario!.Plan;
        var ticks = new List<TickRecord>();
        var output = ReferenceReplayer.Replay(plan, new SyncProgress(ticks.Add));
        return new Story(plan, output, ticks);
    }

    internal sealed record Story(RunPlan Plan, RunOutput Output, IReadOnlyList<TickRecord> Ticks)
    {
        public RunView View => new(Plan, Output);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<TickRecord> report) : IProgress<TickRecord>
    {
        public void Report(TickRecord value) => report(value);
    }
}
