using System.ComponentModel;
using MarketActors.Reporting.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>The arguments of <c>sweep</c>.</summary>
public sealed class SweepSettings : CommandSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<scenario>")]
    [Description("The scenario file to sweep (YAML).")]
    public string Scenario { get; init; } = string.Empty;

    /// <summary>What-if overlays to apply.</summary>
    [CommandOption("--overlay <FILE>")]
    [Description("A what-if overlay to apply to the scenario (repeat for several, applied in order).")]
    public string[] Overlays { get; init; } = [];

    /// <summary>How many branches.</summary>
    [CommandOption("-n|--branches <N>")]
    [Description("How many branches to run (1 to 100,000).")]
    [DefaultValue(100)]
    public int Branches { get; init; } = 100;

    /// <summary>The seed that keys the draws.</summary>
    [CommandOption("--seed <N>")]
    [Description("The seed that keys every branch's draws. Same scenario and seed, same sweep.")]
    [DefaultValue(0L)]
    public long Seed { get; init; }

    /// <summary>Which engine runs the branches.</summary>
    [CommandOption("--engine <ENGINE>")]
    [Description("reference (default: the sequential replayer, branches side by side on every core) or grains (an embedded silo, branches as runs side by side).")]
    [DefaultValue("reference")]
    public string Engine { get; init; } = "reference";

    /// <summary>Where to write the sweep's files.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Write sweep.csv (exact percentiles of every metric that spreads), sweep.md and charts/sweep-*.png (histograms of the widest spreads) into DIR.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Branches is < 1 or > Sweep.MaxBranches)
        {
            return ValidationResult.Error($"--branches: {Branches} is not between 1 and {Sweep.MaxBranches:N0}");
        }

        return Engine is "grains" or "reference"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--engine: '{Engine}' is not an engine; use reference or grains");
    }
}
