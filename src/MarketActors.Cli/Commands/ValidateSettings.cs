using System.ComponentModel;
using MarketActors.Scenarios.Units;
using Spectre.Console;
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

    /// <summary>Check the story as known at a date instead of as later revised.</summary>
    [CommandOption("--as-known-at <DATE>")]
    [Description("Dry-run the story as known at DATE (only the events and revisions known by then) instead of as later revised.")]
    public string? AsKnownAt { get; init; }

    /// <summary>The parsed --as-known-at date.</summary>
    public DateOnly? AsKnownAtDate => AsKnownAt is null ? null : Dates.Parse(AsKnownAt, out _);

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        AsKnownAt is not null && Dates.Parse(AsKnownAt, out var error) is null ? ValidationResult.Error("--as-known-at: " + error) : ValidationResult.Success();
}
