using System.ComponentModel;
using System.Globalization;
using System.Text;
using MarketActors.Scenarios.Generation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>The arguments of <c>generate</c>.</summary>
public sealed class GenerateSettings : CommandSettings
{
    /// <summary>How many actors.</summary>
    [CommandOption("--actors <N>")]
    [Description("How many actors: about half companies, the rest banks, investors, funds valued at their net assets, and projects.")]
    [DefaultValue(3000)]
    public int Actors { get; init; } = 3000;

    /// <summary>How many events.</summary>
    [CommandOption("--events <M>")]
    [Description("How many events, the first day's setup included (at least one per company and five per fund).")]
    [DefaultValue(34000)]
    public int Events { get; init; } = 34000;

    /// <summary>The seed.</summary>
    [CommandOption("--seed <S>")]
    [Description("The seed of the draws: the same options write the same file, byte for byte.")]
    [DefaultValue(1L)]
    public long Seed { get; init; } = 1;

    /// <summary>Over how many days.</summary>
    [CommandOption("--days <D>")]
    [Description("Over how many days the events after the first are spread.")]
    [DefaultValue(365)]
    public int Days { get; init; } = 365;

    /// <summary>Where to write.</summary>
    [CommandOption("-o|--out <FILE>")]
    [Description("The scenario file to write (its folder is created); without it, the scenario goes to standard output.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Actors < WorldOptions.MinActors)
        {
            return ValidationResult.Error($"--actors: a world has at least {WorldOptions.MinActors} actors, not {Actors}");
        }

        if (Events < WorldGenerator.MinEvents(Actors))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture,
                $"--events: a world of {Actors:N0} actors needs at least {WorldGenerator.MinEvents(Actors):N0} events to set it up, not {Events:N0}"));
        }

        return Days < 1 ? ValidationResult.Error($"--days: at least 1, not {Days}") : ValidationResult.Success();
    }
}

/// <summary>Writes a generated world as a scenario file, for measuring, for clusters and for anyone who wants a big world.</summary>
public sealed class GenerateCommand : Command<GenerateSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ErrorOutput _errors;

    /// <summary>Creates the command for a console.</summary>
    public GenerateCommand(IAnsiConsole console, ErrorOutput errors)
    {
        _console = console;
        _errors = errors;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, GenerateSettings settings, CancellationToken cancellationToken)
    {
        var options = new WorldOptions(settings.Actors, settings.Events, settings.Seed, settings.Days);
        if (settings.Out is not { } path)
        {
            // Raw text, past the console's markup and wrapping, so that it can be redirected into a file unchanged.
            WorldGenerator.Write(options, _console.Profile.Out.Writer);
            _console.Profile.Out.Writer.Flush();
            return ExitCodes.Ok;
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
            {
                WorldGenerator.Write(options, writer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _errors.Line($"{path}: cannot write the file: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        var bytes = new FileInfo(path).Length;
        _console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote [bold]{Markup.Escape(path)}[/]: {settings.Actors:N0} actors, {settings.Events:N0} events, {bytes / 1024.0 / 1024.0:N1} MiB"));
        return ExitCodes.Ok;
    }
}
