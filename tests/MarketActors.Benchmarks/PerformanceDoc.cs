using System.Globalization;
using System.Reflection;
using System.Text;
using ScottPlot;

namespace MarketActors.Benchmarks;

/// <summary>Writes docs/performance.md and its chart from one run's figures, with the profile's findings.</summary>
public static class PerformanceDoc
{
    public const string ChartName = "performance-curves.png";

    /// <summary>The markdown, with the command that reproduced it.</summary>
    public static string Markdown(BenchmarkReport report, string command)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        string S(TimeSpan t) => t.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture) + " s";
        md.Append("# Performance\n\n");
        md.Append("Performance is measured by a benchmark, never by timed tests. Every figure below comes from one run of one command, in one\n");
        md.Append("process (and the cold command-line processes it starts), so ratios compare like with like. The machine is shared and noisy:\n");
        md.Append("read the ratios, not the absolute times. A small run of the same code is part of the tests, so it cannot rot.\n\n");
        md.Append("```sh\n").Append(command).Append("\n```\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Measured on {report.Day:yyyy-MM-dd}, {report.Cores} cores. Worlds are written by `marketactors generate` (seed 1): companies, banks,\n");
        md.Append("investors, funds of funds and projects, money drawn by a heavy tail, so that a mark of a company held by many funds cascades\n");
        md.Append("through them. A *message* is one actor applying one message in one superstep; a *leg* is one ledger line.\n\n");

        md.Append("## Engines against Orleans' own call rate\n\n");
        md.Append("| actors | events | messages | ledger legs | reference replayer | grain engine, 1 silo | Orleans no-op calls (pipelined) | grains ÷ no-op | heap per actor |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var w in report.Worlds)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {N(w.Actors)} | {N(w.Events)} | {N(w.Messages)} | {N(w.LedgerLegs)} | {N(w.ReferenceRate)}/s ({w.ReferenceNanosPerMessage / 1000:N1} µs each) | {N(w.GrainsRate)}/s ({w.GrainsNanosPerMessage / 1000:N1} µs each) | {N(w.NoopCallsPerSecond)}/s | {w.GrainsRate / w.NoopCallsPerSecond:N2} | {w.HeapPerActor / 1024:N1} KB |\n");
        }

        if (report.Worlds.Count > 1)
        {
            var first = report.Worlds[0];
            var last = report.Worlds[^1];
            md.Append(CultureInfo.InvariantCulture, $"\nFrom {N(first.Actors)} to {N(last.Actors)} actors, the time per message grows {last.ReferenceNanosPerMessage / first.ReferenceNanosPerMessage:N2}× on the reference replayer and {last.GrainsNanosPerMessage / first.GrainsNanosPerMessage:N2}× on the grain engine (1.0 is linear).\n");
        }

        md.Append("\n![Messages applied per second against the size of the world](").Append(ChartName).Append(")\n\n");

        md.Append("## The command line's path, from a cold process\n\n");
        md.Append("| actors | events | file | generate | `validate` | `replay -q --engine reference --out` | `replay -q --out` (grains) |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var w in report.Worlds)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {N(w.Actors)} | {N(w.Events)} | {w.FileBytes / 1048576.0:N1} MiB | {S(w.Generate)} | {S(w.CliValidate)} | {S(w.CliReplayReference)} | {S(w.CliReplayGrains)} |\n");
        }

        var seed = report.Seed;
        md.Append("\n| the seed (`scenarios/stargate-2025.yaml`) | figure |\n|---|---:|\n");
        md.Append(CultureInfo.InvariantCulture, $"| `replay` from a cold process, grains on an embedded silo (median) | {S(seed.CliGrains)} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `replay --engine reference` from a cold process (median) | {S(seed.CliReference)} |\n");
        md.Append(CultureInfo.InvariantCulture, $"| load, run and fetch the output on a warm silo (median) | {seed.WarmSilo.TotalMilliseconds:N1} ms |\n");
        md.Append(CultureInfo.InvariantCulture, $"| sweep of the seed, reference replayer ({N(seed.SweepReferenceBranches)} branches, one per core) | {N(seed.SweepReference)} branches/s |\n");
        md.Append(CultureInfo.InvariantCulture, $"| sweep of the seed, grain engine on one silo ({N(seed.SweepGrainsBranches)} branches) | {N(seed.SweepGrains)} branches/s |\n");

        md.Append("\n## Where the time goes on the path, phase by phase\n\n");
        md.Append("In one process, warm from the runs above; each phase with what it allocated and how long the collector paused it.\n\n");
        foreach (var w in report.Worlds)
        {
            md.Append(CultureInfo.InvariantCulture, $"**{N(w.Actors)} actors, {N(w.Events)} events**\n\n| phase | time | allocated | GC pauses |\n|---|---:|---:|---:|\n");
            foreach (var p in w.Phases)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {p.Name} | {p.Took.TotalMilliseconds:N0} ms | {p.Allocated / 1048576.0:N0} MiB | {p.Paused.TotalMilliseconds:N0} ms |\n");
            }

            md.Append('\n');
        }

        md.Append(Findings());
        return md.ToString();
    }

    /// <summary>Messages per second of both engines and Orleans' no-op call rate, against the number of actors (log scales).</summary>
    public static byte[] Chart(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        var x = report.Worlds.Select(w => Math.Log10(w.Actors)).ToArray();
        void Line(string name, Func<WorldFigures, double> y, Color colour)
        {
            var line = plot.Add.Scatter(x, report.Worlds.Select(w => Math.Log10(y(w))).ToArray(), colour);
            line.LegendText = name;
            line.LineWidth = 2;
            line.MarkerSize = 8;
        }

        Line("Orleans no-op calls/s (pipelined, same grains)", w => w.NoopCallsPerSecond, Color.FromHex("#7f7f7f"));
        Line("reference replayer, messages/s", w => w.ReferenceRate, Color.FromHex("#1f77b4"));
        Line("grain engine (1 silo), messages/s", w => w.GrainsRate, Color.FromHex("#ff7f0e"));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. report.Worlds.Select(w => new Tick(Math.Log10(w.Actors), w.Actors.ToString("N0", CultureInfo.InvariantCulture), isMajor: true))]);
        var ticks = Enumerable.Range(2, 6).Select(e => new Tick(e, Math.Pow(10, e).ToString("N0", CultureInfo.InvariantCulture), isMajor: true)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.XLabel("actors in the world (log scale)");
        plot.YLabel("per second (log scale)");
        plot.Title("Messages applied per second, against Orleans' own call rate");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Axes.SetLimitsY(2, 7);
        return plot.GetImageBytes(1000, 520, ImageFormat.Png);
    }

    private static string Findings()
    {
        using var stream = typeof(PerformanceDoc).Assembly.GetManifestResourceStream("MarketActors.Benchmarks.findings.md")
            ?? throw new InvalidOperationException("findings.md is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
