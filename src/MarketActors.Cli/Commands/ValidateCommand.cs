using MarketActors.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>Checks scenario files without running them: every problem of every file, as file:line:col: message.</summary>
public sealed class ValidateCommand : Command<ValidateSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ErrorOutput _errors;

    /// <summary>Creates the command for a console.</summary>
    public ValidateCommand(IAnsiConsole console, ErrorOutput errors)
    {
        _console = console;
        _errors = errors;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var file in settings.Scenarios)
        {
            var result = ScenarioLoader.Load(file, settings.Overlays, asKnownAt: settings.AsKnownAtDate);
            if (result.Scenario is { } scenario)
            {
                var plan = scenario.Plan;
                var with = (settings.Overlays.Length == 0 ? string.Empty : " with " + string.Join(", ", settings.Overlays))
                    + (plan.KnownAt is null ? string.Empty : " " + plan.View);
                _console.MarkupLine($"[green]ok[/] {Markup.Escape(file + with)}: {plan.World.Actors.Length - 1} actors, {plan.Events.Length} events, {plan.Ticks().Length} dates");
            }
            else
            {
                failed++;
                _errors.Print(result.Diagnostics);
                _errors.Line($"{file}: {result.Diagnostics.Count} problem{(result.Diagnostics.Count == 1 ? string.Empty : "s")}");
            }
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
