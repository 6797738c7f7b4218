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

    /// <summary>The right scenario file; the left one when not given.</summary>
    [CommandArgument(1, "[right]")]
    [Description("The second scenario file, or a what-if overlay of the first (then the right run is the first with the overlay applied). Leave it out to compare the first with itself, seen as known at a date (--left-as-known-at) and as later revised.")]
    public string? Right { get; init; }

    /// <summary>The left run's view: the story as known at this date.</summary>
    [CommandOption("--left-as-known-at <DATE>")]
    [Description("Replay the left story as known at DATE (only the events and revisions known by then) instead of as later revised.")]
    public string? LeftAsKnownAt { get; init; }

    /// <summary>The right run's view: the story as known at this date.</summary>
    [CommandOption("--right-as-known-at <DATE>")]
    [Description("Replay the right story as known at DATE instead of as later revised.")]
    public string? RightAsKnownAt { get; init; }

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

    /// <summary>The right file: the one given, or the left one.</summary>
    public string RightFile => Right ?? Left;

    /// <summary>The views of the two runs: the date each is known at, or null for as later revised.</summary>
    public (DateOnly? Left, DateOnly? Right) KnownAt =>
        (LeftAsKnownAt is null ? null : Dates.Parse(LeftAsKnownAt, out _), RightAsKnownAt is null ? null : Dates.Parse(RightAsKnownAt, out _));

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Until is not null && Dates.Parse(Until, out var error) is null)
        {
            return ValidationResult.Error("--until: " + error);
        }

        foreach (var (flag, text) in new[] { ("--left-as-known-at", LeftAsKnownAt), ("--right-as-known-at", RightAsKnownAt) })
        {
            if (text is not null && Dates.Parse(text, out var knownError) is null)
            {
                return ValidationResult.Error($"{flag}: {knownError}");
            }
        }

        if (Right is null && LeftAsKnownAt is null && RightAsKnownAt is null)
        {
            return ValidationResult.Error("compare needs two scenario files, or one with --left-as-known-at DATE (or --right-as-known-at) to set the story as known then beside the story as later revised");
        }

        return Engine is "grains" or "reference"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--engine: '{Engine}' is not an engine; use grains or reference");
    }
}
