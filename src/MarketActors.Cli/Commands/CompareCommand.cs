using MarketActors.Cli.Engines;
using MarketActors.Cli.Rendering;
using MarketActors.Domain.Engine;
using MarketActors.Reporting;
using MarketActors.Reporting.Comparison;
using MarketActors.Reporting.Files;
using MarketActors.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>Replays two scenarios and shows what differs between them: metrics by actor, and events.</summary>
public sealed class CompareCommand : AsyncCommand<CompareSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ErrorOutput _errors;

    /// <summary>Creates the command for a console.</summary>
    public CompareCommand(IAnsiConsole console, ErrorOutput errors)
    {
        _console = console;
        _errors = errors;
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        // Both files are checked before either runs, and every problem of both is reported.
        // With an overlay as the right file, the right run is the left scenario with the overlay applied.
        // Either run may be a view of its story as known at a date; the view is applied to the plan before the dry run.
        var (leftKnown, rightKnown) = settings.KnownAt;
        var right = settings.RightFile;
        var loaded = ScenarioLoader.IsOverlay(right)
            ? new[] { ScenarioLoader.Load(settings.Left, [], settings.Seed, leftKnown), ScenarioLoader.Load(settings.Left, [right], settings.Seed, rightKnown) }
            : [ScenarioLoader.Load(settings.Left, [], settings.Seed, leftKnown), ScenarioLoader.Load(right, [], settings.Seed, rightKnown)];
        if (loaded.Any(l => l.Scenario is null))
        {
            // A problem of the left file is also one of an overlaid right run: say it once.
            _errors.Print(loaded.SelectMany(l => l.Diagnostics).Distinct());
            return ExitCodes.InvalidInput;
        }

        var scenarios = loaded.Select(l => l.Scenario!).ToArray();
        var plans = scenarios.Select(s => settings.UntilDate is { } until ? s.Plan.Until(until) : s.Plan).ToArray();
        var (leftLabel, rightLabel) = Labels(settings.Left, right, leftKnown is not null || rightKnown is not null ? (plans[0].View, plans[1].View) : null);
        await using IReplayEngine engine = settings.Engine == "reference"
            ? new ReferenceEngine()
            : await GrainEngine.StartEmbeddedAsync(Contracts.Pace.AsFastAsPossible, new MarketActors.Hosting.TelemetryOptions(), cancellationToken);
        var views = new RunView[2];
        for (var i = 0; i < 2; i++)
        {
            try
            {
                views[i] = new RunView(plans[i], await engine.ReplayAsync(plans[i], new Progress<(int, int)>(), cancellationToken));
            }
            catch (RuleViolationException ex)
            {
                _errors.Print([scenarios[i].At(ex.EventSeq, ex.Message)]);
                return ExitCodes.InvalidInput;
            }
        }

        var comparison = RunComparison.Of(views[0], views[1]);
        Render(comparison, leftLabel, rightLabel, engine.Description);
        if (settings.Out is { } dir)
        {
            var written = ComparisonFiles.Write(dir, comparison, leftLabel, rightLabel);
            _console.MarkupLine($"Wrote {Markup.Escape(string.Join(", ", written))} to [bold]{Markup.Escape(Path.GetFullPath(dir))}[/]");
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The runs' labels: their file names, or their paths when the names are the same but the files are not; with the
    /// view of each when either is seen as known at a date ("story.yaml as known at 2025-02-01").
    /// </summary>
    private static (string Left, string Right) Labels(string left, string right, (string Left, string Right)? views)
    {
        var (l, r) = (Path.GetFileName(left), Path.GetFileName(right));
        (l, r) = l == r && left != right ? (left, right) : (l, r);
        return views is { } v ? ($"{l} {v.Left}", $"{r} {v.Right}") : (l, r);
    }

    private void Render(RunComparison comparison, string left, string right, string engine)
    {
        _console.Write(new Rule($"[bold]{Markup.Escape(left)}[/] compared with [bold]{Markup.Escape(right)}[/]").LeftJustified());
        foreach (var (label, run) in new[] { (left, comparison.Left), (right, comparison.Right) })
        {
            _console.MarkupLine($"[grey]{Markup.Escape(label)}:[/] {Markup.Escape(run.World.Title)} [grey]· scenario[/] {Markup.Escape(run.World.ScenarioId)} [grey]·[/] {run.Output.Timeline.Length} events [grey]· seed[/] {run.Plan.Seed}");
        }

        _console.MarkupLine($"[grey]Both replayed by[/] {Markup.Escape(engine)}");
        _console.WriteLine();
        if (comparison.Identical)
        {
            _console.MarkupLine("The two runs are the same: every metric of every actor on every date, and every event.");
            return;
        }

        _console.MarkupLine($"{comparison.Metrics.Select(m => m.Actor).Distinct().Count()} actors differ in {comparison.Metrics.Length} metrics; {comparison.Events.Length} events differ.");
        _console.WriteLine();
        foreach (var table in ComparisonTables.Build(comparison, left, right).Where(t => !t.IsEmpty))
        {
            ConsoleReport.Write(_console, table);
        }
    }
}
