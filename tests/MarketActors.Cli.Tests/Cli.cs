using Spectre.Console.Testing;

namespace MarketActors.Cli.Tests;

/// <summary>Runs the command line in process, capturing what it prints.</summary>
internal static class Cli
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 220;
        var errors = new StringWriter();
        var code = await MarketActorsApp.RunAsync(args, console, errors);
        return (code, console.Output, errors.ToString());
    }
}
