using System.ComponentModel;
using MarketActors.Scenarios.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>The arguments of <c>schema</c>.</summary>
public sealed class SchemaSettings : CommandSettings
{
    /// <summary>Print the schema of overlay files instead.</summary>
    [CommandOption("--overlay")]
    [Description("Print the schema of what-if overlay files instead of scenario files.")]
    public bool Overlay { get; init; }
}

/// <summary>Prints the JSON Schema of scenario files, or of overlay files, for editors.</summary>
public sealed class SchemaCommand : Command<SchemaSettings>
{
    private readonly IAnsiConsole _console;

    /// <summary>Creates the command for a console.</summary>
    public SchemaCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, SchemaSettings settings, CancellationToken cancellationToken)
    {
        // Raw text, past the console's markup and wrapping, so that it can be redirected into a file unchanged.
        _console.Profile.Out.Writer.Write(settings.Overlay ? ScenarioSchema.GenerateOverlay() : ScenarioSchema.Generate());
        _console.Profile.Out.Writer.Flush();
        return ExitCodes.Ok;
    }
}
