using MarketActors.Client.Example;
using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Client.Tests;

/// <summary>The example program's core, against the cluster: what docs/client.md walks through must work.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ExampleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_example_prints_the_seed_events_in_order_with_what_they_moved_then_the_end_state()
    {
        using var output = new StringWriter();

        var status = await Waits.Within(FollowScenario.RunAsync(fixture.Client, output, Paths.Seed));

        var text = output.ToString();
        Assert.Equal(RunState.Completed, status.State);
        var at = 0;
        foreach (var entry in ReferenceReplayer.Replay(Seed.Plan).Timeline)
        {
            var line = $"{entry.At:yyyy-MM-dd}  {entry.Description}  [{string.Join(", ", entry.Sources)}]";
            var found = text.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' is not after position {at} of:\n{text}");
            at = found + line.Length;
        }

        Assert.StartsWith("Stargate, Colossus and DeepSeek: the AI race in January 2025 (stargate-2025-", text, StringComparison.Ordinal);
        Assert.Contains("2024-09-30  Fidelity marks X Corp at $9.4B  [herald#F21]", text, StringComparison.Ordinal);
        Assert.Contains("            Elon Musk: unrealised -$27.334B, net worth -$27.334B, stakes -$27.334B", text, StringComparison.Ordinal);
        Assert.Contains("Run completed after 12 of 12 dates.", text, StringComparison.Ordinal);
        Assert.Contains("Capital of Stargate: announced $500B, contested $10B", text, StringComparison.Ordinal);
        Assert.EndsWith("Most compute online (H100e): Abilene campus 252,781, Colossus 200,000" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_example_passes_on_a_refused_scenario_with_every_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "scenario: broken\ntitle: Broken\nactors: []\nevents:\n  - { at: 2025-13-01, type: nothing }\n");
        try
        {
            using var output = new StringWriter();

            var refused = await Assert.ThrowsAsync<ScenarioInvalidException>(() => FollowScenario.RunAsync(fixture.Client, output, path));

            Assert.NotEmpty(refused.Problems);
            Assert.All(refused.Problems, p => Assert.Equal(Path.GetFileName(path), p.File));
            Assert.Empty(output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
