using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MarketActors.Benchmarks;
using MarketActors.Client;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;
using MarketActors.Hosting;
using MarketActors.Scenarios;
using MarketActors.Scenarios.Replay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Usage: dotnet run -c Release --project tests/MarketActors.Benchmarks [-- companies funds projects days eventsPerDay]
// Every figure of one run comes from this one process, so the ratios compare like with like.
var size = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var (companies, funds, projects, days, perDay) = size.Length == 5 ? (size[0], size[1], size[2], size[3], size[4]) : (2_000, 200, 800, 60, 500);
var plan = SyntheticWorld.Build(companies, funds, projects, days, perDay);
var seedPath = Path.Combine(FindRoot(), "scenarios", "stargate-2025.yaml");
Console.WriteLine($"World: {plan.World.Actors.Length - 1:N0} actors, {plan.Events.Length:N0} events over {plan.Ticks().Length} ticks; {Environment.ProcessorCount} cores.");

var reference = Measure("reference replayer, synthetic world", 3, () => Task.FromResult(ReferenceReplayer.Replay(plan)));
using var silo = await Silo.StartAsync();
var client = new MarketActorsClient(silo.Services.GetRequiredService<Orleans.IClusterClient>());
var grains = await MeasureAsync("grain engine (1 silo), synthetic world", 3, () => Replay(client, plan));
Check(reference.Output, grains.Output);
var messages = reference.Output.Ledger.Length;
Console.WriteLine($"Ratio grain/reference: {grains.Median.TotalMilliseconds / reference.Median.TotalMilliseconds:0.0}x slower; events/s: reference {plan.Events.Length / reference.Median.TotalSeconds:N0}, grains {plan.Events.Length / grains.Median.TotalSeconds:N0}; ledger legs: {messages:N0}.");

// The same run with the engine's spans and metrics recorded (as an OpenTelemetry SDK would, minus the exporter).
using (var spans = new System.Diagnostics.ActivityListener
{
    ShouldListenTo = source => source.Name == MarketActors.Grains.EngineTelemetry.Name,
    Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
})
using (var meters = new System.Diagnostics.Metrics.MeterListener())
{
    System.Diagnostics.ActivitySource.AddActivityListener(spans);
    meters.InstrumentPublished = (instrument, l) =>
    {
        if (instrument.Meter.Name == MarketActors.Grains.EngineTelemetry.Name)
        {
            l.EnableMeasurementEvents(instrument);
        }
    };
    meters.Start();
    var traced = await MeasureAsync("grain engine (1 silo), spans and metrics on", 3, () => Replay(client, plan));
    Check(reference.Output, traced.Output);
    Console.WriteLine($"Ratio with telemetry recorded / without: {traced.Median.TotalMilliseconds / grains.Median.TotalMilliseconds:0.00}x.");
}

var before = GC.GetTotalMemory(forceFullCollection: true);
var held = await Replay(client, plan);
var after = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"Managed heap held per actor after a run (books, grains, run records): {(after - before) / (double)(plan.World.Actors.Length):N0} bytes.");
GC.KeepAlive(held);

var seedText = File.ReadAllText(seedPath);
var seedReference = Measure("seed: load + dry run + reference replay", 5, () => Task.FromResult(ReferenceReplayer.Replay(ScenarioLoader.CompileAndCheck(seedText, seedPath).Scenario!.Plan)));
var seedGrains = await MeasureAsync("seed: load + dry run + grain replay", 5, () => Replay(client, ScenarioLoader.CompileAndCheck(seedText, seedPath).Scenario!.Plan));
Check(seedReference.Output, seedGrains.Output);

// Sweeps: branches of the seed, each drawing its two debt prices anew, side by side.
var seedPlan = ScenarioLoader.CompileAndCheck(seedText, seedPath).Scenario!.Plan;
await SweepRate("sweep of the seed, reference, 1,000 branches", seedPlan, 1_000, (p, ct) => Task.FromResult(ReferenceReplayer.Replay(p, cancellationToken: ct)), Environment.ProcessorCount);
await SweepRate("sweep of the seed, grains (1 silo), 200 branches", seedPlan, 200, (p, _) => Replay(client, p), 4 * Environment.ProcessorCount);
return 0;

static async Task SweepRate(string name, RunPlan plan, int branches, Func<RunPlan, CancellationToken, Task<RunOutput>> replay, int parallel)
{
    await MarketActors.Reporting.Sweeps.Sweep.RunAsync(plan, Math.Min(branches, 20), replay, parallel); // warm-up
    var watch = Stopwatch.StartNew();
    var sweep = await MarketActors.Reporting.Sweeps.Sweep.RunAsync(plan, branches, replay, parallel);
    var elapsed = watch.Elapsed;
    Console.WriteLine($"{name,-45} {elapsed.TotalMilliseconds,10:N1} ms: {branches / elapsed.TotalSeconds:N0} branches/s ({sweep.Spreads.Length} metrics spread, {sweep.Failures.Length} failed)");
}

static async Task<RunOutput> Replay(MarketActorsClient client, RunPlan plan)
{
    var run = await client.LoadAsync(plan, "benchmark");
    await run.StartAsync();
    var status = await run.WaitAsync();
    return status.State == MarketActors.Contracts.RunState.Completed ? await run.GetOutputAsync() : throw new InvalidOperationException(status.Error);
}

static (TimeSpan Median, RunOutput Output) Measure(string name, int times, Func<Task<RunOutput>> body) => MeasureAsync(name, times, body).GetAwaiter().GetResult();

static async Task<(TimeSpan Median, RunOutput Output)> MeasureAsync(string name, int times, Func<Task<RunOutput>> body)
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
    var median = samples[samples.Count / 2];
    Console.WriteLine($"{name,-45} median {median.TotalMilliseconds,10:N1} ms  (min {samples[0].TotalMilliseconds:N1}, max {samples[^1].TotalMilliseconds:N1}, n={times})");
    return (median, output);
}

static void Check(RunOutput expected, RunOutput actual)
{
    if (expected.Timeline.Length != actual.Timeline.Length || expected.Series.Length != actual.Series.Length || expected.Ledger.Length != actual.Ledger.Length)
    {
        throw new InvalidOperationException("The engines disagree: the benchmark measured different work.");
    }
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketActors.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from within the repository.");
}

/// <summary>A silo in this process on free loopback ports.</summary>
internal static class Silo
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
