using System.Globalization;
using System.Text;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Scenarios;

/// <summary>
/// Loads scenario files: reads them within limits, compiles them, and dry-runs them on the reference replayer so
/// that what the rules refuse (selling debt nobody holds) is reported at its line before any engine starts.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The largest scenario file accepted.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>Loads, compiles and dry-runs a file.</summary>
    public static CompileResult Load(string path, long seed = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                bag.Add(SourceSpan.Start, Directory.Exists(path) ? "this is a directory, not a scenario file" : "no such file");
                return new CompileResult(null, bag.Sorted());
            }

            if (info.Length > MaxBytes)
            {
                bag.Add(SourceSpan.Start, string.Create(CultureInfo.InvariantCulture, $"the file has {info.Length:N0} bytes; scenario files are limited to {MaxBytes:N0} bytes ({MaxBytes / (1024 * 1024)} MiB)"));
                return new CompileResult(null, bag.Sorted());
            }

            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            bag.Add(SourceSpan.Start, ex is DecoderFallbackException ? "the file is not UTF-8 text" : "cannot read the file: " + ex.Message);
            return new CompileResult(null, bag.Sorted());
        }

        return CompileAndCheck(text, path, seed);
    }

    /// <summary>Compiles text and dry-runs it.</summary>
    public static CompileResult CompileAndCheck(string text, string file, long seed = 0)
    {
        var result = ScenarioCompiler.Compile(text, file, seed);
        if (result.Scenario is not { } scenario)
        {
            return result;
        }

        var ticks = new TickCounter();
        try
        {
            ReferenceReplayer.Replay(scenario.Plan, ticks);
            return result;
        }
        catch (RuleViolationException ex)
        {
            var message = ex.Message.TrimEnd('.');
            if (ex.EventSeq >= 0 && ex.EventSeq < scenario.Plan.Events.Length)
            {
                message = $"{scenario.Plan.Events[ex.EventSeq].Type} event: {message}";
            }

            return new CompileResult(null, [scenario.At(ex.EventSeq, message)]);
        }
        catch (ArithmeticException)
        {
            // Figures are bounded when read, but marks and changes compound; past decimal's range the day is named.
            var tick = scenario.Plan.Ticks()[ticks.Count];
            var first = tick.Events[0];
            return new CompileResult(null, [scenario.At(first.Seq, string.Create(CultureInfo.InvariantCulture,
                $"{first.Type} event: the figures of {tick.At:yyyy-MM-dd} grow too large to compute exactly; check the amounts, prices and changes of that day's events"))]);
        }
    }

    /// <summary>Counts the ticks a replay completes, so that a failure can be placed on its day.</summary>
    private sealed class TickCounter : IProgress<TickRecord>
    {
        public int Count { get; private set; }

        public void Report(TickRecord value) => Count++;
    }
}
