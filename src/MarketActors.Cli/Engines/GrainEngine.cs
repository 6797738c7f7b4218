using MarketActors.Cli.Hosting;
using MarketActors.Client;
using MarketActors.Contracts;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Hosting;

namespace MarketActors.Cli.Engines;

/// <summary>
/// The grain engine, through the client library: on an embedded silo, or on a silo or cluster the CLI connects
/// to. It loads the plan into a new run, starts it, follows its progress and fetches its output.
/// </summary>
public sealed class GrainEngine : IReplayEngine
{
    private readonly MarketActorsClient _client;
    private readonly IAsyncDisposable _owned;
    private readonly Pace _pace;

    private GrainEngine(MarketActorsClient client, IAsyncDisposable owned, string description, Pace pace)
    {
        _client = client;
        _owned = owned;
        Description = description;
        _pace = pace;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Starts an embedded silo that exports the telemetry <paramref name="telemetry"/> asks for.</summary>
    public static async Task<GrainEngine> StartEmbeddedAsync(Pace pace, TelemetryOptions telemetry, CancellationToken cancellationToken)
    {
        var silo = await EmbeddedSilo.StartAsync(telemetry, cancellationToken);
        return new GrainEngine(new MarketActorsClient(silo.Client), silo, "grains on an embedded Orleans silo", pace);
    }

    /// <summary>Connects to a running silo or cluster.</summary>
    public static async Task<GrainEngine> ConnectAsync(string gateway, Pace pace, CancellationToken cancellationToken)
    {
        var options = new ClientOptions();
        options.Gateways.Clear();
        options.Gateways.Add(gateway);
        var client = await MarketActorsClient.ConnectAsync(options, cancellationToken);
        return new GrainEngine(client, client, $"grains on the silo at {gateway}", pace);
    }

    /// <inheritdoc />
    public async Task<RunOutput> ReplayAsync(RunPlan plan, IProgress<(int Done, int Total)> progress, CancellationToken cancellationToken)
    {
        var run = await _client.LoadAsync(plan, plan.World.ScenarioId);
        if (!_pace.IsAsFastAsPossible)
        {
            await run.SetPaceAsync(_pace.VirtualDaysPerSecond);
        }

        await run.StartAsync();
        var status = await run.WaitAsync(new Progress<RunStatus>(s => progress.Report((s.TicksDone, s.TicksTotal))), cancellationToken);
        return status.State switch
        {
            RunState.Completed => await run.GetOutputAsync(),
            RunState.Failed when status.ErrorEventSeq >= 0 => throw new RuleViolationException(status.ErrorEventSeq, status.Error ?? "A rule was broken."),
            _ => throw new InvalidOperationException($"Run {run.RunId} ended {status.State.ToString().ToLowerInvariant()}: {status.Error}"),
        };
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _owned.DisposeAsync();
}
