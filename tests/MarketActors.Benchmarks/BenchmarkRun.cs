using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MarketActors.Client;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Hosting;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Generation;
using MarketActors.Scenarios.Replay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MarketActors.Benchmarks;

/// <summary>What to measure.</summary>
/// <param name="Sizes">The worlds, by number of actors.</param>
/// <param name="EventsPerActor">Events per actor in each world.</param>
/// <param name="Cli">The command line's entry assembly (marketactors.dll), run with <c>dotnet</c> as a cold process.</param>
/// <param name="Repeats">How many times each in-process figure is measured (the median is kept).</param>
/// <param name="SeedRepeats">How many times the seed replay is measured, from a cold process and on a warm silo.</param>
/// <param name="SweepBranches">Branches of each sweep: on the reference replayer, and on grains.</param>
public sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes,
    int EventsPerActor,
    string Cli,
    int Repeats = 3,
    int SeedRepeats = 5,
    (int Reference, int Grains)? SweepBranches = null);

/// <summary>One world's figures, all from the same process and the same run.</summary>
public sealed record WorldFigures(
    int Actors,
    int Events,
    long FileBytes,
    long Messages,
    long LedgerLegs,
    TimeSpan Generate,
    TimeSpan Compile,
    TimeSpan Reference,
    TimeSpan Grains,
    double NoopCallsPerSecond,
    double HeapPerActor,
    TimeSpan CliValidate,
    TimeSpan CliReplayReference,
    TimeSpan CliReplayGrains,
    IReadOnlyList<PathPhases.Phase> Phases)
{
    public double ReferenceRate => Messages / Reference.TotalSeconds;

    public double GrainsRate => Messages / Grains.TotalSeconds;

    public double ReferenceNanosPerMessage => Reference.TotalMilliseconds * 1e6 / Messages;

    public double GrainsNanosPerMessage => Grains.TotalMilliseconds * 1e6 / Messages;
}

/// <summary>The seed's figures and the sweeps'.</summary>
public sealed record SeedFigures(TimeSpan CliGrains, TimeSpan CliReference, TimeSpan WarmSilo, double SweepReference, int SweepReferenceBranches, double SweepGrains, int SweepGrainsBranches);

/// <summary>Everything one run measured.</summary>
public sealed record BenchmarkReport(DateOnly Day, int Cores, IReadOnlyList<WorldFigures> Worlds, SeedFigures Seed);

/// <summary>
/// The benchmark: generated worlds written as files, each replayed on the reference replayer and the grain engine in
/// this process, Orleans' own no-op call rate over as many grains, the heap each actor holds, and the command line's
/// own path (cold processes on the file); then the seed from a cold process and on a warm silo, and sweeps.
/// </summary>
public static class BenchmarkRun
{
    public static async Task<BenchmarkReport> RunAsync(BenchmarkOptions options, TextWriter log, string scratch)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(scratch);
        using var silo = await Silo.StartAsync();
        var cluster = silo.Services.GetRequiredService<IClusterClient>();
        var client = new MarketActorsClient(cluster);
        var worlds = new List<WorldFigures>();
        foreach (var actors in options.Sizes)
        {
            worlds.Add(await World(options, actors, client, cluster, log, scratch));
        }

        var seed = await Seed(options, client, log);
        return new BenchmarkReport(DateOnly.FromDateTime(DateTime.UtcNow), Environment.ProcessorCount, worlds, seed);
    }

    private static async Task<WorldFigures> World(BenchmarkOptions options, int actors, MarketActorsClient client, IClusterClient cluster, TextWriter log, string scratch)
    {
        var events = Math.Max(actors * options.EventsPerActor, WorldGenerator.MinEvents(actors));
        var file = Path.Combine(scratch, string.Create(CultureInfo.InvariantCulture, $"world-{actors}.yaml"));
        log.WriteLine($"World of {actors:N0} actors and {events:N0} events:");
        var generate = Time(() =>
        {
            using var writer = new StreamWriter(file);
            WorldGenerator.Write(new WorldOptions(actors, events, Seed: 1), writer);
        });
        var fileBytes = new FileInfo(file).Length;
        var compiled = default(RunPlan);
        var compile = Time(() => compiled = ScenarioLoader.Load(file).Scenario?.Plan ?? throw new InvalidOperationException("The generated world does not validate."));
        var plan = compiled!;
        var messages = CountMessages(plan);
        log.WriteLine($"  generated in {generate.TotalSeconds:N1} s ({fileBytes / 1048576.0:N1} MiB), loaded and checked in {compile.TotalSeconds:N1} s; {messages:N0} messages applied");

        var (reference, referenceOutput) = await Median(options.Repeats, () => Task.FromResult(ReferenceReplayer.Replay(plan)));
        log.WriteLine($"  reference replayer: {reference.TotalSeconds:N2} s, {messages / reference.TotalSeconds:N0} messages/s");
        var (grains, grainsOutput) = await Median(options.Repeats, () => Replay(client, plan));
        log.WriteLine($"  grain engine, 1 silo: {grains.TotalSeconds:N2} s, {messages / grains.TotalSeconds:N0} messages/s");
        if (referenceOutput.Ledger.Length != grainsOutput.Ledger.Length || referenceOutput.Series.Length != grainsOutput.Series.Length)
        {
            throw new InvalidOperationException("The engines disagree: the benchmark measured different work.");
        }

        var legs = referenceOutput.Ledger.Length;

        var noop = await NoopRate(cluster, actors);
        log.WriteLine($"  Orleans no-op calls, pipelined over {actors:N0} grains: {noop:N0} calls/s");

        // The heap the silo holds for the run's actors (books, grains, the run's records), after a full collection.
        referenceOutput = grainsOutput = null!;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = await client.LoadAsync(plan, "benchmark");
        await held.StartAsync();
        await held.WaitAsync();
        var heap = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)actors;
        log.WriteLine($"  heap per actor held by the silo after a run: {heap:N0} bytes");
        GC.KeepAlive(held);

        var outDir = Path.Combine(scratch, "out");
        var validate = Cli(options, log, "validate", file);
        var cliReference = Cli(options, log, "replay", "-q", "--engine", "reference", "--out", outDir, file);
        var cliGrains = Cli(options, log, "replay", "-q", "--out", outDir, file);
        var phases = PathPhases.Measure(file);
        File.Delete(file);
        return new WorldFigures(actors, events, fileBytes, messages, legs, generate, compile, reference, grains, noop, heap, validate, cliReference, cliGrains, phases);
    }

    private static async Task<SeedFigures> Seed(BenchmarkOptions options, MarketActorsClient client, TextWriter log)
    {
        var seedPath = Path.Combine(Paths.Root, "scenarios", "stargate-2025.yaml");
        var cliGrains = Enumerable.Range(0, options.SeedRepeats).Select(_ => Cli(options, TextWriter.Null, "replay", "-q", seedPath)).Order().ElementAt(options.SeedRepeats / 2);
        var cliReference = Enumerable.Range(0, options.SeedRepeats).Select(_ => Cli(options, TextWriter.Null, "replay", "-q", "--engine", "reference", seedPath)).Order().ElementAt(options.SeedRepeats / 2);
        log.WriteLine($"Seed replay from a cold process: {cliGrains.TotalSeconds:N2} s on grains, {cliReference.TotalSeconds:N2} s on the reference replayer");
        var plan = ScenarioLoader.Load(seedPath).Scenario!.Plan;
        var (warm, _) = await Median(Math.Max(options.SeedRepeats, 5), () => Replay(client, plan));
        log.WriteLine($"Seed replay on a warm silo (load, run, fetch the output): {warm.TotalMilliseconds:N1} ms");

        var (referenceBranches, grainBranches) = options.SweepBranches ?? (1_000, 200);
        var sweepReference = await SweepRate(plan, referenceBranches, (p, ct) => Task.FromResult(ReferenceReplayer.Replay(p, cancellationToken: ct)), Environment.ProcessorCount);
        var sweepGrains = await SweepRate(plan, grainBranches, (p, _) => Replay(client, p), 4 * Environment.ProcessorCount);
        log.WriteLine($"Sweep of the seed: {sweepReference:N0} branches/s on the reference replayer, {sweepGrains:N0} on grains");
        return new SeedFigures(cliGrains, cliReference, warm, sweepReference, referenceBranches, sweepGrains, grainBranches);
    }

    /// <summary>Messages the rules apply in a plan: every actor's inbox, every superstep, every tick.</summary>
    private static long CountMessages(RunPlan plan)
    {
        var books = new Dictionary<Domain.Actors.ActorId, ActorBook>();
        long count = 0;
        foreach (var tick in plan.Ticks())
        {
            count += TickLoop.Run(plan.World, tick, id => books.TryGetValue(id, out var b) ? b : books[id] = new ActorBook(plan.World, id)).Applied.Count;
        }

        return count;
    }

    /// <summary>Pipelined no-op calls over <paramref name="grains"/> grains, 1,000 in flight: the framework's own call rate.</summary>
    private static async Task<double> NoopRate(IClusterClient cluster, int grains)
    {
        var refs = Enumerable.Range(0, grains).Select(i => cluster.GetGrain<INoopGrain>(i)).ToArray();
        await Pipelined(refs, grains); // activates them all
        var calls = Math.Max(5 * grains, 100_000);
        var watch = Stopwatch.StartNew();
        await Pipelined(refs, calls);
        return calls / watch.Elapsed.TotalSeconds;
    }

    private static async Task Pipelined(INoopGrain[] grains, int calls)
    {
        const int InFlight = 1_000;
        var pending = new List<Task>(InFlight);
        for (var i = 0; i < calls; i++)
        {
            pending.Add(grains[i % grains.Length].Ping());
            if (pending.Count == InFlight)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
    }

    private static async Task<double> SweepRate(RunPlan plan, int branches, Func<RunPlan, CancellationToken, Task<RunOutput>> replay, int parallel)
    {
        await Reporting.Sweeps.Sweep.RunAsync(plan, Math.Min(branches, 20), replay, parallel); // warm-up
        var watch = Stopwatch.StartNew();
        var sweep = await Reporting.Sweeps.Sweep.RunAsync(plan, branches, replay, parallel);
        return sweep.Failures.Length > 0 ? throw new InvalidOperationException("A branch of the sweep failed.") : branches / watch.Elapsed.TotalSeconds;
    }

    private static async Task<RunOutput> Replay(MarketActorsClient client, RunPlan plan)
    {
        var run = await client.LoadAsync(plan, "benchmark");
        await run.StartAsync();
        var status = await run.WaitAsync();
        return status.State == Contracts.RunState.Completed ? await run.GetOutputAsync() : throw new InvalidOperationException(status.Error);
    }

    /// <summary>The command line as a user runs it: a cold process, timed from start to exit.</summary>
    private static TimeSpan Cli(BenchmarkOptions options, TextWriter log, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(options.Cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var took = watch.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"marketactors {string.Join(' ', args)} exited with {process.ExitCode}: {errors.Result}{output.Result}");
        }

        log.WriteLine($"  marketactors {string.Join(' ', args.Select(a => a.Contains('/', StringComparison.Ordinal) ? Path.GetFileName(a) : a))}: {took.TotalSeconds:N2} s from a cold process");
        return took;
    }

    private static TimeSpan Time(Action body)
    {
        var watch = Stopwatch.StartNew();
        body();
        return watch.Elapsed;
    }

    private static async Task<(TimeSpan Median, RunOutput Output)> Median(int times, Func<Task<RunOutput>> body)
    {
        var output = await body(); // warm-up
        var samples = new List<TimeSpan>();
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            output = await body();
            samples.Add(watch.Elapsed);
        }

        samples.Sort();
        return (samples[samples.Count / 2], output);
    }

    /// <summary>A silo in this process on free loopback ports.</summary>
    private static class Silo
    {
        public static async Task<IHost> StartAsync()
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), FreePort()).AddMarketActors());
            var host = builder.Build();
            await host.StartAsync();
            return host;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}

/// <summary>The repository's root.</summary>
public static class Paths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketActors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from within the repository.");
    }
}
