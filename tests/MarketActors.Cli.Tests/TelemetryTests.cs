using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MarketActors.Cli.Tests;

/// <summary>
/// <c>replay --telemetry</c> and <c>--otlp</c>: the embedded silo's OpenTelemetry output. The console exporter writes
/// to the process's standard output, so these tests run the command line as a process of its own.
/// </summary>
public sealed partial class TelemetryTests
{
    [Fact]
    public async Task Telemetry_prints_a_trace_per_event_and_the_engine_s_metrics_beside_the_report()
    {
        var (code, output, errors) = await RunProcess("replay", Paths.Seed, "--telemetry", "--quiet");

        Assert.True(code == ExitCodes.Ok, errors);
        Assert.Contains("Scenario stargate-2025 · 32 events", output, StringComparison.Ordinal);

        // One event span per scheduled event, one tick span per date, each event citing its source.
        Assert.Equal(32, EventSpan().Count(output));
        Assert.Equal(12, TickSpan().Count(output));
        Assert.Contains("marketactors.event.sources: herald#F01", output, StringComparison.Ordinal);
        Assert.Contains("service.name: marketactors-cli", output, StringComparison.Ordinal);

        // The counters, flushed as the embedded silo stops: 12 ticks.
        var ticks = Regex.Match(output, @"Metric Name: marketactors\.ticks,.*?\nValue: (\d+)", RegexOptions.Singleline);
        Assert.True(ticks.Success, "no marketactors.ticks metric in the output");
        Assert.Equal("12", ticks.Groups[1].Value);
        Assert.Contains("Metric Name: marketactors.capital.moved", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--telemetry: telemetry comes from the grain engine", "--telemetry", "--engine", "reference")]
    [InlineData("--telemetry: a standalone silo exports its own telemetry", "--telemetry", "--connect", "127.0.0.1:30000")]
    [InlineData("--otlp: 'localhost:4317' is not an OTLP endpoint", "--otlp", "localhost:4317")]
    [InlineData("--otlp: 'collector' is not an OTLP endpoint", "--otlp", "collector")]
    public async Task Telemetry_options_that_cannot_be_honoured_are_invalid_input(string message, params string[] options)
    {
        var (code, output, errors) = await Cli.Run(["replay", Paths.Seed, .. options]);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(message, output + errors, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^Activity\.DisplayName:\s+event ", RegexOptions.Multiline)]
    private static partial Regex EventSpan();

    [GeneratedRegex(@"^Activity\.DisplayName:\s+tick \d{4}-\d{2}-\d{2}$", RegexOptions.Multiline)]
    private static partial Regex TickSpan();

    private static async Task<(int Code, string Out, string Err)> RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Paths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marketactors.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var errors = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
