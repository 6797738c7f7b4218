using System.Diagnostics;
using MarketActors.Reporting;
using MarketActors.Reporting.Charts;
using MarketActors.Reporting.Files;
using MarketActors.Scenarios.Compile;
using MarketActors.Scenarios.Replay;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Benchmarks;

/// <summary>
/// Where the command line's time goes on a scenario file, phase by phase, in one process: parsing, compiling, the
/// replay with and without its records, the report, and each file <c>--out</c> writes, each with what it allocated and
/// how long the garbage collector paused it.
/// </summary>
public static class PathPhases
{
    /// <summary>One phase's figures.</summary>
    public sealed record Phase(string Name, TimeSpan Took, long Allocated, TimeSpan Paused);

    public static IReadOnlyList<Phase> Measure(string path)
    {
        var phases = new List<Phase>();
        T Time<T>(string phase, Func<T> body)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            var result = body();
            phases.Add(new Phase(phase, watch.Elapsed, GC.GetTotalAllocatedBytes() - allocated, GC.GetTotalPauseDuration() - paused));
            return result;
        }

        var text = Time("read the file", () => File.ReadAllText(path));
        Time("parse the YAML", () => YamlReader.Read(text, new Scenarios.Diagnostics.DiagnosticBag(path)));
        var compiled = Time("parse and compile", () => ScenarioCompiler.Compile(text, path));
        var plan = compiled.Scenario!.Plan;
        Time("replay, rules only (the dry run)", () => ReferenceReplayer.Replay(plan, record: false));
        var output = Time("replay, recorded", () => ReferenceReplayer.Replay(plan));
        var view = Time("index the run", () => new RunView(plan, output));
        var report = Time("build the report", () => RunReport.Build(view));
        Time("timeline.json", () => TimelineJson.Write(plan, output).Length);
        Time("series.csv", () => SeriesCsv.Write(output).Length);
        Time("ledger.csv", () => LedgerCsv.Write(output).Length);
        Time("summary.md", () => SummaryMarkdown.Write(view, report).Length);
        Time("charts", () => RunCharts.Render(view).Count);
        return phases;
    }

    public static void Print(string path, TextWriter log)
    {
        foreach (var phase in Measure(path))
        {
            log.WriteLine($"  {phase.Name,-34} {phase.Took.TotalMilliseconds,10:N0} ms {phase.Allocated / 1048576.0,10:N0} MiB allocated, paused for GC {phase.Paused.TotalMilliseconds,8:N0} ms");
        }
    }
}
