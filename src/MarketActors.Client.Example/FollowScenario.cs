using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Reporting;

namespace MarketActors.Client.Example;

/// <summary>Loads a scenario into a new run, starts it, prints its ticks as they arrive, then sums up its end state.</summary>
public static class FollowScenario
{
    /// <summary>
    /// Follows one run of the scenario at <paramref name="path"/> on the cluster behind <paramref name="client"/>,
    /// writing to <paramref name="output"/>; returns the run's final status.
    /// </summary>
    /// <exception cref="ScenarioInvalidException">The silo refused the scenario; the message lists every problem.</exception>
    public static async Task<RunStatus> RunAsync(MarketActorsClient client, TextWriter output, string path, decimal virtualDaysPerSecond = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(output);

        // 1. Load: the silo validates and compiles the text, and the run waits, ready, for a start.
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var run = await client.LoadAsync(new ScenarioSource(text, Path.GetFileName(path), Seed: 0, Until: null));
        var world = (await run.GetPlanAsync()).World;

        // 2. Subscribe before starting: the snapshot is empty, and the feed will carry every tick, once, in order.
        await using var feed = await run.SubscribeAsync(cancellationToken);
        var info = feed.Snapshot.Info;
        await output.WriteLineAsync($"{info.Title} ({info.RunId}): {info.Events} events on {info.Ticks} dates, {new Pace(virtualDaysPerSecond)}");
        await run.SetPaceAsync(virtualDaysPerSecond);
        await run.StartAsync();

        // 3. Print each tick's events, and what each moved, as they arrive. The feed ends with the update that finishes the run.
        var status = feed.Snapshot.Status;
        await foreach (var update in feed.ReadAllAsync(cancellationToken))
        {
            status = update.Status;
            foreach (var entry in update.Tick?.Timeline ?? [])
            {
                await output.WriteLineAsync($"{entry.At:yyyy-MM-dd}  {entry.Description}  [{string.Join(", ", entry.Sources)}]");
                foreach (var (actor, changes) in ChangeSummary.Lines(entry, world))
                {
                    await output.WriteLineAsync($"            {actor}: {changes}");
                }
            }
        }

        await output.WriteLineAsync($"Run {status.State.ToString().ToLowerInvariant()} after {status.TicksDone} of {status.TicksTotal} dates{(status.Error is { } error ? ": " + error : ".")}");
        if (status.State != RunState.Completed)
        {
            return status;
        }

        // 4. Query the end state: each project's capital, and the sites with the most compute online.
        foreach (var project in world.Actors.Where(a => a.Kind == ActorKind.Project))
        {
            var view = await run.GetActorAsync(project.Id.Value);
            var capital = view.Metrics.Where(m => m.Key.StartsWith("capital.", StringComparison.Ordinal)).ToList();
            if (capital.Count > 0)
            {
                var figures = capital.Select(m => $"{ChangeSummary.Label(m.Key)} {Format.Value(m.Value, Metric.UnitOf(m.Key))}");
                await output.WriteLineAsync($"Capital of {view.Name}: {string.Join(", ", figures)}");
            }
        }

        var sites = (await run.GetOutputAsync()).Actors
            .Where(a => !a.Capacity.IsDefaultOrEmpty)
            .Select(a => (a.Name, Online: a.Metrics.FirstOrDefault(m => m.Key == Metric.H100eOnline).Value))
            .Where(s => s.Online > 0)
            .OrderByDescending(s => s.Online)
            .Take(3)
            .Select(s => $"{s.Name} {Format.Number(s.Online, 0)}")
            .ToList();
        await output.WriteLineAsync(sites.Count > 0 ? $"Most compute online (H100e): {string.Join(", ", sites)}" : "No compute online.");
        return status;
    }
}
