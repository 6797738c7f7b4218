using System.Globalization;
using MarketActors.Cli.Hosting;
using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Cli.Engines;

/// <summary>The grain engine on an embedded silo: starts a run, follows its progress, fetches its output.</summary>
public sealed class GrainEngine : IReplayEngine
{
    private static int _runs;
    private readonly EmbeddedSilo _silo;

    private GrainEngine(EmbeddedSilo silo)
    {
        _silo = silo;
    }

    /// <inheritdoc />
    public string Description => "grains on an embedded Orleans silo";

    /// <summary>Starts the embedded silo.</summary>
    public static async Task<GrainEngine> StartAsync(CancellationToken cancellationToken) =>
        new(await EmbeddedSilo.StartAsync(cancellationToken));

    /// <inheritdoc />
    public async Task<RunOutput> ReplayAsync(RunPlan plan, IProgress<(int Done, int Total)> progress, CancellationToken cancellationToken)
    {
        var runId = string.Create(CultureInfo.InvariantCulture, $"{plan.World.ScenarioId}-{Interlocked.Increment(ref _runs)}");
        var run = _silo.Grains.Run(runId);
        await run.Start(plan);
        while (true)
        {
            var status = await run.GetStatus();
            progress.Report((status.TicksDone, status.TicksTotal));
            if (status.State == RunState.Completed)
            {
                return await run.GetOutput();
            }

            if (status.State == RunState.Failed)
            {
                throw status.ErrorEventSeq >= 0
                    ? new RuleViolationException(status.ErrorEventSeq, status.Error ?? "A rule was broken.")
                    : new InvalidOperationException($"The run failed: {status.Error}");
            }

            // Polling only paces the progress display; the run itself never reads the clock.
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
