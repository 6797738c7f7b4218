using MarketActors.Cli.Engines;
using MarketActors.Cli.Rendering;
using MarketActors.Domain.Engine;
using MarketActors.Reporting;
using MarketActors.Reporting.Files;
using MarketActors.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>Replays a scenario and shows (and optionally writes) what it moved.</summary>
public sealed class ReplayCommand : AsyncCommand<ReplaySettings>
{
    private readonly IAnsiConsole _console;
    private readonly ErrorOutput _errors;

    /// <summary>Creates the command for a console.</summary>
    public ReplayCommand(IAnsiConsole console, ErrorOutput errors)
    {
        _console = console;
        _errors = errors;
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ReplaySettings settings, CancellationToken cancellationToken)
    {
        // On the reference replayer, the dry run that checks the file is the replay itself (unless cut short by --until).
        var loaded = ScenarioLoader.Load(settings.Scenario, settings.Overlays, settings.Seed, settings.AsKnownAtDate, keepDryRun: settings is { Engine: "reference", UntilDate: null });
        if (loaded.Scenario is not { } scenario)
        {
            _errors.Print(loaded.Diagnostics);
            return ExitCodes.InvalidInput;
        }

        var plan = settings.UntilDate is { } until ? scenario.Plan.Until(until) : scenario.Plan;
        var pace = new Contracts.Pace((decimal)settings.Pace);
        await using IReplayEngine engine = settings switch
        {
            { Engine: "reference" } => new ReferenceEngine(loaded.DryRun is { } dryRun ? (scenario.Plan, dryRun) : null),
            { Connect: { } gateway } => await GrainEngine.ConnectAsync(gateway, pace, cancellationToken),
            _ => await GrainEngine.StartEmbeddedAsync(pace, settings.TelemetryOptions, cancellationToken),
        };
        Domain.Output.RunOutput output;
        try
        {
            output = await WithProgress(engine, plan, cancellationToken);
        }
        catch (RuleViolationException ex)
        {
            _errors.Print([scenario.At(ex.EventSeq, ex.Message)]);
            return ExitCodes.InvalidInput;
        }

        var view = new RunView(plan, output);
        var report = RunReport.Build(view);
        ConsoleReport.Render(_console, view, report, engine.Description, settings.Quiet);
        if (settings.Out is { } dir)
        {
            var written = OutputFiles.Write(dir, view, report);
            _console.MarkupLine($"Wrote {Markup.Escape(string.Join(", ", written))} to [bold]{Markup.Escape(Path.GetFullPath(dir))}[/]");
        }

        return ExitCodes.Ok;
    }

    private Task<Domain.Output.RunOutput> WithProgress(IReplayEngine engine, RunPlan plan, CancellationToken cancellationToken) =>
        ConsoleProgress.RunAsync(_console, "Replaying", plan.Ticks().Length, progress =>
            engine.ReplayAsync(plan, new Progress<(int Done, int Total)>(p => progress?.Report(p.Done)), cancellationToken));
}
