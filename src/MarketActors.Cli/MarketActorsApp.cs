using MarketActors.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli;

/// <summary>The command line: commands, help with examples, and exit codes that mean something.</summary>
public static class MarketActorsApp
{
    /// <summary>Runs the command line on a console; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null, TextWriter? errors = null)
    {
        console ??= DefaultConsole();
        errors ??= Console.Error;
        var services = new ServiceCollection().AddSingleton(console).AddSingleton(new ErrorOutput(errors));
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("marketactors");
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<ReplayCommand>("replay")
                .WithDescription("Replay a scenario on an embedded Orleans silo and show the timeline, the capital and compute it moved, and the answers an analyst asks of it.")
                .WithExample("replay", "scenarios/stargate-2025.yaml")
                .WithExample("replay", "scenarios/stargate-2025.yaml", "--out", "out/stargate")
                .WithExample("replay", "scenarios/stargate-2025.yaml", "--until", "2025-01-22")
                .WithExample("replay", "scenarios/stargate-2025.yaml", "--overlay", "scenarios/what-if/x-debt-at-70.yaml")
                .WithExample("replay", "scenarios/harbour-ai-2025.yaml", "--engine", "reference")
                .WithExample("replay", "scenarios/stargate-2025.yaml", "--connect", "127.0.0.1:30000", "--pace", "30");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Replay two scenarios (a base and a what-if) and show what differs: each actor's metrics, and the events only one has or that moved things differently.")
                .WithExample("compare", "scenarios/stargate-2025.yaml", "scenarios/what-if/x-debt-at-70.yaml")
                .WithExample("compare", "scenarios/stargate-2025.yaml", "scenarios/what-if/x-debt-at-70.yaml", "--out", "out/compare");
            config.AddCommand<SweepCommand>("sweep")
                .WithDescription("Replay a scenario in many branches, each drawing the figures given as ranges anew, and show the spread (p5, p50, p95) of every actor's end state.")
                .WithExample("sweep", "scenarios/stargate-2025.yaml")
                .WithExample("sweep", "scenarios/stargate-2025.yaml", "--branches", "1000", "--seed", "7", "--out", "out/sweep");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check scenario files without running them: every problem, as file:line:col: message (exit code 2 if any).")
                .WithExample("validate", "scenarios/stargate-2025.yaml")
                .WithExample("validate", "scenarios/stargate-2025.yaml", "scenarios/harbour-ai-2025.yaml")
                .WithExample("validate", "scenarios/stargate-2025.yaml", "--overlay", "scenarios/what-if/x-debt-at-70.yaml");
            config.AddCommand<GenerateCommand>("generate")
                .WithDescription("Write a generated world as a scenario file: companies, banks, investors, funds and projects with funding, debt, marks and capacity over a year, money drawn to a few as real markets draw it.")
                .WithExample("generate", "--actors", "3000", "--events", "34000", "--out", "out/world-3k.yaml")
                .WithExample("generate", "--actors", "10000", "--events", "100000", "--seed", "7", "--out", "out/world-10k.yaml");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Print the JSON Schema of scenario files (or, with --overlay, of what-if overlay files), for editors' completion and checks.")
                .WithExample("schema")
                .WithExample("schema", "--overlay");
        });

        try
        {
            var code = await app.RunAsync(args);
            return code < 0 ? ExitCodes.InvalidInput : code;
        }
        catch (Client.ConnectionFailedException ex)
        {
            errors.WriteLine("marketactors: " + ex.Message);
            return ExitCodes.InternalFailure;
        }
        catch (CommandAppException ex)
        {
            errors.WriteLine("marketactors: " + ex.Message);
            errors.WriteLine("Try 'marketactors --help'.");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("marketactors: cancelled");
            return ExitCodes.InternalFailure;
        }
        catch (Exception ex)
        {
            errors.WriteLine("marketactors: internal error: " + ex.Message);
            if (Environment.GetEnvironmentVariable("MARKETACTORS_DEBUG") is "1" or "true")
            {
                errors.WriteLine(ex);
            }
            else
            {
                errors.WriteLine("Set MARKETACTORS_DEBUG=1 for the details.");
            }

            return ExitCodes.InternalFailure;
        }
    }

    private static IAnsiConsole DefaultConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings());
        if (!console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            // Redirected output has no width of its own; pick one that keeps the tables readable.
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160;
        }

        return console;
    }
}
