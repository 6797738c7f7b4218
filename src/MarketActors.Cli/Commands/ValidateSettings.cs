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
}
