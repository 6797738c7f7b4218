using MarketActors.Scenarios.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>Prints the JSON Schema of scenario files, for editors.</summary>
public sealed class SchemaCommand : Command
{
    private readonly IAnsiConsole _console;

    /// <summary>Creates the command for a console.</summary>
    public SchemaCommand(IAnsiConsole console)
    {
        _console = console;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        // Raw text, past the console's markup and wrapping, so that it can be redirected into a file unchanged.
        _console.Profile.Out.Writer.Write(ScenarioSchema.Generate());
        _console.Profile.Out.Writer.Flush();
        return ExitCodes.Ok;
    }
}
