using System.ComponentModel;
using MarketActors.Scenarios.Units;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>The arguments of <c>compare</c>.</summary>
public sealed class CompareSettings : CommandSettings
{
    /// <summary>The left scenario file.</summary>
    [CommandArgument(0, "<left>")]
    [Description("The first scenario file (YAML): the base.")]
    public string Left { get; init; } = string.Empty;

    /// <summary>The right scenario file.</summary>
    [CommandArgument(1, "<right>")]
    [Description("The second scenario file, or a what-if overlay of the first (then the right run is the first with the overlay applied).")]
    public string Right { get; init; } = string.Empty;

    /// <summary>Where to write the comparison's files.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Write compare.csv (every metric that differs, exact), compare.md and charts/compare-*.png (each metric that differs, both runs over time) into DIR.")]
    public string? Out { get; init; }

    /// <summary>The last date to replay.</summary>
    [CommandOption("--until <DATE>")]
    [Description("Replay both up to this date (2025-01-22, 2025-01, mid-2025...).")]
    public string? Until { get; init; }

    /// <summary>The seed of random draws, for both runs.</summary>
    [CommandOption("--seed <N>")]
    [Description("The seed that keys random draws, for both runs.")]
    [DefaultValue(0L)]
    public long Seed { get; init; }

    /// <summary>Which engine replays.</summary>
    [CommandOption("--engine <ENGINE>")]
    [Description("grains (default: the Orleans engine on an embedded silo, both runs side by side) or reference.")]
    [DefaultValue("grains")]
    public string Engine { get; init; } = "grains";

    /// <summary>The parsed --until date.</summary>
    public DateOnly? UntilDate => Until is null ? null : Dates.Parse(Until, out _);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Until is not null && Dates.Parse(Until, out var error) is null)
        {
            return ValidationResult.Error("--until: " + error);
        }

        return Engine is "grains" or "reference"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--engine: '{Engine}' is not an engine; use grains or reference");
    }
}
