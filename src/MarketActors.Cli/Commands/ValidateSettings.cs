using System.ComponentModel;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>The arguments of <c>validate</c>.</summary>
public sealed class ValidateSettings : CommandSettings
{
    /// <summary>The files to check.</summary>
    [CommandArgument(0, "<scenarios>")]
    [Description("One or more scenario files.")]
    public string[] Scenarios { get; init; } = [];

    /// <summary>What-if overlays to check with each scenario.</summary>
    [CommandOption("--overlay <FILE>")]
    [Description("A what-if overlay to apply to each scenario before checking it (repeat for several, applied in order).")]
    public string[] Overlays { get; init; } = [];
}
