using MarketActors.Cli.Engines;
using MarketActors.Cli.Rendering;
using MarketActors.Domain.Engine;
using MarketActors.Reporting.Files;
using MarketActors.Reporting.Sweeps;
using MarketActors.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>Runs a scenario many times, drawing its ranges anew in each branch, and shows how the end state spreads.</summary>
public sealed class SweepCommand : AsyncCommand<SweepSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ErrorOutput _errors;

    /// <summary>Creates the command for a console.</summary>
    public SweepCommand(IAnsiConsole console, ErrorOutput errors)
    {
        _console = console;
        _errors = errors;
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(settings.Scenario, settings.Overlays, settings.Seed);
        if (loaded.Scenario is not { } scenario)
        {
            _errors.Print(loaded.Diagnostics);
            return ExitCodes.InvalidInput;
        }

        var plan = scenario.Plan;
        _console.Write(new Rule($"[bold]Sweep of {Markup.Escape(plan.World.Title)}[/]").LeftJustified());
        if (Draws.Uncertain(plan).IsEmpty)
        {
            _console.MarkupLine("No figure of this scenario is a range, so every branch would be the same. Write ranges (price: 90%..95%, amount: 10B..20B) to sweep over them.");
            return ExitCodes.Ok;
        }

        await using IReplayEngine engine = settings.Engine == "grains"
            ? await GrainEngine.StartEmbeddedAsync(Contracts.Pace.AsFastAsPossible, new MarketActors.Hosting.TelemetryOptions(), cancellationToken)
            : new ReferenceEngine();
        var sweep = await RunWithProgress(engine, plan, settings.Branches, cancellationToken);
        _console.MarkupLine($"[grey]Scenario[/] {Markup.Escape(plan.World.ScenarioId)} [grey]· seed[/] {plan.Seed} [grey]·[/] {sweep.Branches:N0} branches [grey]· run by[/] {Markup.Escape(engine.Description)}");
        _console.WriteLine();
        foreach (var table in SweepTables.Build(sweep).Where(t => !t.IsEmpty))
        {
            ConsoleReport.Write(_console, table);
        }

        if (settings.Out is { } dir)
        {
            var written = SweepFiles.Write(dir, sweep);
            _console.MarkupLine($"Wrote {Markup.Escape(string.Join(", ", written))} to [bold]{Markup.Escape(Path.GetFullPath(dir))}[/]");
        }

        return sweep.Failures.Length == sweep.Branches ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    private Task<SweepResult> RunWithProgress(IReplayEngine engine, RunPlan plan, int branches, CancellationToken cancellationToken)
    {
        // The reference replayer is single-threaded: one branch per core. Grain runs wait on their silo: more at once.
        var parallel = engine is ReferenceEngine ? Environment.ProcessorCount : 4 * Environment.ProcessorCount;
        return ConsoleProgress.RunAsync(_console, "Sweeping", branches, progress =>
            Sweep.RunAsync(plan, branches, (branch, ct) => engine.ReplayAsync(branch, new Progress<(int, int)>(), ct), parallel, progress, cancellationToken));
    }
}
