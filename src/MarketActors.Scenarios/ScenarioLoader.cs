using System.Globalization;
using System.Text;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Replay;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios;

/// <summary>
/// Loads scenario files: reads them within limits, compiles them, and dry-runs them on the reference replayer so
/// that what the rules refuse (selling debt nobody holds) is reported at its line before any engine starts.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The environment variable that sets the largest scenario file accepted, in MiB.</summary>
    public const string MaxMegabytesVariable = "MARKETACTORS_MAX_FILE_MB";

    /// <summary>The largest scenario file accepted unless <see cref="MaxMegabytesVariable"/> says otherwise: 256 MiB, room for a million events.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The largest scenario file accepted: <see cref="DefaultMaxBytes"/>, or the whole number of MiB that
    /// <see cref="MaxMegabytesVariable"/> gives. Files are refused above it before they are read.
    /// </summary>
    public static long MaxBytes =>
        long.TryParse(Environment.GetEnvironmentVariable(MaxMegabytesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var mib) && mib is > 0 and <= 1024 * 1024
            ? mib * 1024 * 1024
            : DefaultMaxBytes;

    /// <summary>Loads, compiles and dry-runs a file.</summary>
    public static CompileResult Load(string path, long seed = 0) => Load(path, [], seed);

    /// <summary>
    /// Loads a scenario file and what-if overlay files, applies the overlays in order, compiles and dry-runs the result:
    /// the story as later revised, or, with <paramref name="asKnownAt"/>, as known at that date. With
    /// <paramref name="keepDryRun"/>, the dry run records the run in full and the result keeps it
    /// (<see cref="CompileResult.DryRun"/>), for a caller that would replay the same plan on the reference replayer.
    /// </summary>
    public static CompileResult Load(string path, IReadOnlyList<string> overlays, long seed = 0, DateOnly? asKnownAt = null, bool keepDryRun = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(overlays);
        var problems = new List<Diagnostic>();
        var text = Read(path, problems);
        var overlayTexts = overlays.Select(o => Read(o, problems) is { } t ? new ScenarioText(t, o) : null).ToList();
        if (text is null || problems.Count > 0)
        {
            return new CompileResult(null, problems);
        }

        return CompileAndCheck(text, path, [.. overlayTexts.OfType<ScenarioText>()], seed, asKnownAt, keepDryRun);
    }

    /// <summary>True when <paramref name="path"/> reads as a what-if overlay (overlay:, and no scenario:).</summary>
    public static bool IsOverlay(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = Read(path, []);
        return text is not null && YamlReader.Read(text, new DiagnosticBag(path)) is { } root && OverlayMerger.IsOverlay(root);
    }

    /// <summary>Compiles text and dry-runs it.</summary>
    public static CompileResult CompileAndCheck(string text, string file, long seed = 0) => CompileAndCheck(text, file, [], seed);

    /// <summary>
    /// Compiles text with overlays applied in order, and dry-runs it. With <paramref name="asKnownAt"/>, the plan is the
    /// story as known at that date (<see cref="RunPlan.AsKnownAt"/>), and that is what the dry run checks. With
    /// <paramref name="keepDryRun"/>, the result keeps the dry run's full output.
    /// </summary>
    public static CompileResult CompileAndCheck(string text, string file, IReadOnlyList<ScenarioText> overlays, long seed = 0, DateOnly? asKnownAt = null, bool keepDryRun = false)
    {
        var result = ScenarioCompiler.Compile(text, file, overlays, seed);
        if (result.Scenario is not { } scenario)
        {
            return result;
        }

        if (asKnownAt is { } date)
        {
            scenario = scenario with { Plan = scenario.Plan.AsKnownAt(date) };
            result = result with { Scenario = scenario };
        }

        // A view of the story as known at a date is named in what it refuses: the story as revised may not refuse it.
        var view = asKnownAt is null ? string.Empty : ", " + scenario.Plan.View;

        var ticks = new TickCounter();
        try
        {
            var output = ReferenceReplayer.Replay(scenario.Plan, ticks, record: keepDryRun);
            return keepDryRun ? result with { DryRun = output } : result;
        }
        catch (RuleViolationException ex)
        {
            var message = ex.Message.TrimEnd('.');
            if (scenario.Plan.Events.FirstOrDefault(e => e.Seq == ex.EventSeq) is { } failed)
            {
                message = $"{failed.Type} event{view}: {message}";
            }

            return new CompileResult(null, [scenario.At(ex.EventSeq, message)]);
        }
        catch (ArithmeticException)
        {
            // Figures are bounded when read, but marks and changes compound; past decimal's range the day is named.
            var tick = scenario.Plan.Ticks()[ticks.Count];
            var first = tick.Events[0];
            return new CompileResult(null, [scenario.At(first.Seq, string.Create(CultureInfo.InvariantCulture,
                $"{first.Type} event{view}: the figures of {tick.At:yyyy-MM-dd} grow too large to compute exactly; check the amounts, prices and changes of that day's events"))]);
        }
    }

    /// <summary>Reads a file within the size limit as UTF-8, or adds why it cannot be read.</summary>
    private static string? Read(string path, List<Diagnostic> problems)
    {
        var bag = new DiagnosticBag(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                bag.Add(SourceSpan.Start, Directory.Exists(path) ? "this is a directory, not a scenario file" : "no such file");
            }
            else if (info.Length > MaxBytes)
            {
                bag.Add(SourceSpan.Start, string.Create(CultureInfo.InvariantCulture,
                    $"the file has {info.Length:N0} bytes; scenario files are limited to {MaxBytes:N0} bytes ({MaxBytes / (1024 * 1024)} MiB): set {MaxMegabytesVariable} to a larger number of MiB to read it"));
            }
            else
            {
                return File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            bag.Add(SourceSpan.Start, ex is DecoderFallbackException ? "the file is not UTF-8 text" : "cannot read the file: " + ex.Message);
        }

        problems.AddRange(bag.Sorted());
        return null;
    }

    /// <summary>Counts the ticks a replay completes, so that a failure can be placed on its day.</summary>
    private sealed class TickCounter : IProgress<TickRecord>
    {
        public int Count { get; private set; }

        public void Report(TickRecord value) => Count++;
    }
}
