using System.ComponentModel;
using MarketActors.Hosting;
using MarketActors.Scenarios.Units;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MarketActors.Cli.Commands;

/// <summary>The arguments of <c>replay</c>.</summary>
public sealed class ReplaySettings : CommandSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<scenario>")]
    [Description("The scenario file to replay (YAML).")]
    public string Scenario { get; init; } = string.Empty;

    /// <summary>What-if overlays to apply.</summary>
    [CommandOption("--overlay <FILE>")]
    [Description("A what-if overlay to apply to the scenario (repeat for several, applied in order).")]
    public string[] Overlays { get; init; } = [];

    /// <summary>Where to write the output files.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Write timeline.json, series.csv, ledger.csv, summary.md and charts/*.png into DIR.")]
    public string? Out { get; init; }

    /// <summary>The last date to replay.</summary>
    [CommandOption("--until <DATE>")]
    [Description("Stop after this date (2025-01-22, 2025-01, mid-2025...).")]
    public string? Until { get; init; }

    /// <summary>The date of the knowledge to replay the story as, instead of as later revised.</summary>
    [CommandOption("--as-known-at <DATE>")]
    [Description("Replay the story as known at DATE: only the events known by then (known:), with only the revisions known by then (figure-revised). Default: as later revised.")]
    public string? AsKnownAt { get; init; }

    /// <summary>The seed of random draws.</summary>
    [CommandOption("--seed <N>")]
    [Description("The run's seed, recorded in its outputs. A replay draws nothing (a range counts at its middle); sweep draws from ranges with it.")]
    [DefaultValue(0L)]
    public long Seed { get; init; }

    /// <summary>Which engine replays.</summary>
    [CommandOption("--engine <ENGINE>")]
    [Description("grains (default: the Orleans engine on an embedded silo) or reference (the sequential replayer it is checked against).")]
    [DefaultValue("grains")]
    public string Engine { get; init; } = "grains";

    /// <summary>A running silo or cluster to replay on, instead of an embedded silo.</summary>
    [CommandOption("--connect <GATEWAY>")]
    [Description("Replay on a running silo or cluster through its gateway (host:port, e.g. 127.0.0.1:30000) instead of an embedded silo.")]
    public string? Connect { get; init; }

    /// <summary>Virtual days per second; zero for as fast as possible.</summary>
    [CommandOption("--pace <DAYS_PER_SECOND>")]
    [Description("Virtual days per wall-clock second, for watching on a dashboard (waits are capped at 2 s a tick). Default: as fast as possible.")]
    [DefaultValue(0.0)]
    public double Pace { get; init; }

    /// <summary>Print the embedded silo's spans and metrics.</summary>
    [CommandOption("--telemetry")]
    [Description("Print the engine's OpenTelemetry spans (a trace per event, one per tick) and metrics on standard output, beside the report.")]
    public bool Telemetry { get; init; }

    /// <summary>An OpenTelemetry collector for the embedded silo's telemetry.</summary>
    [CommandOption("--otlp <URL>")]
    [Description("Export the embedded silo's traces, metrics and logs to an OpenTelemetry collector over OTLP/gRPC (e.g. http://127.0.0.1:4317).")]
    public string? Otlp { get; init; }

    /// <summary>Print only the heading, not the tables.</summary>
    [CommandOption("-q|--quiet")]
    [Description("Print only the heading line (useful with --out).")]
    public bool Quiet { get; init; }

    /// <summary>The telemetry the embedded silo exports.</summary>
    public TelemetryOptions TelemetryOptions => new() { Console = Telemetry, OtlpEndpoint = Otlp is null ? null : new Uri(Otlp) };

    /// <summary>The parsed --until date.</summary>
    public DateOnly? UntilDate => Until is null ? null : Dates.Parse(Until, out _);

    /// <summary>The parsed --as-known-at date.</summary>
    public DateOnly? AsKnownAtDate => AsKnownAt is null ? null : Dates.Parse(AsKnownAt, out _);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Until is not null && Dates.Parse(Until, out var error) is null)
        {
            return ValidationResult.Error("--until: " + error);
        }

        if (AsKnownAt is not null && Dates.Parse(AsKnownAt, out var knownError) is null)
        {
            return ValidationResult.Error("--as-known-at: " + knownError);
        }

        if (Pace < 0)
        {
            return ValidationResult.Error("--pace: a pace cannot be negative; 0 is as fast as possible");
        }

        if (Connect is not null && Engine == "reference")
        {
            return ValidationResult.Error("--connect: the reference engine runs in this process; drop --engine reference to replay on a silo");
        }

        if ((Telemetry || Otlp is not null) && (Engine == "reference" || Connect is not null))
        {
            var flag = Telemetry ? "--telemetry" : "--otlp";
            return ValidationResult.Error(Connect is not null
                ? $"{flag}: a standalone silo exports its own telemetry; start it with --MarketActors:Telemetry:Console=true or MarketActors:Telemetry:OtlpEndpoint"
                : $"{flag}: telemetry comes from the grain engine; drop --engine reference");
        }

        if (Otlp is not null && !(Uri.TryCreate(Otlp, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            return ValidationResult.Error($"--otlp: '{Otlp}' is not an OTLP endpoint; give an absolute http:// address such as http://127.0.0.1:4317");
        }

        return Engine is "grains" or "reference"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--engine: '{Engine}' is not an engine; use grains or reference");
    }
}
