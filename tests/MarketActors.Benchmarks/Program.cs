using System.Globalization;
using MarketActors.Benchmarks;

// Usage: dotnet run -c Release --project tests/MarketActors.Benchmarks [-- options]
//   --sizes 3000,10000,30000   the worlds, by number of actors
//   --events-per-actor 10      events in each world per actor
//   --docs                     write docs/performance.md and its chart from this run
//   phases FILE                only the phase-by-phase profile of one scenario file
// Every figure of one run comes from this one process (and the cold CLI processes it starts).
if (args is ["phases", var file])
{
    PathPhases.Print(file, Console.Out);
    return 0;
}

var sizes = Option("--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [3_000, 10_000, 30_000];
var perActor = int.Parse(Option("--events-per-actor") ?? "10", CultureInfo.InvariantCulture);
var cli = Path.Combine(Paths.Root, "src", "MarketActors.Cli", "bin", "Release", "net10.0", "marketactors.dll");
if (!File.Exists(cli))
{
    Console.Error.WriteLine($"Build the command line first: dotnet build src/MarketActors.Cli -c Release ({cli} is missing).");
    return 2;
}

var scratch = Directory.CreateTempSubdirectory("marketactors-benchmark-").FullName;
try
{
    var report = await BenchmarkRun.RunAsync(new BenchmarkOptions(sizes, perActor, cli), Console.Out, scratch);
    if (args.Contains("--docs"))
    {
        var command = "dotnet build src/MarketActors.Cli -c Release && dotnet run -c Release --project tests/MarketActors.Benchmarks -- "
            + string.Join(' ', args);
        File.WriteAllText(Path.Combine(Paths.Root, "docs", "performance.md"), PerformanceDoc.Markdown(report, command));
        File.WriteAllBytes(Path.Combine(Paths.Root, "docs", PerformanceDoc.ChartName), PerformanceDoc.Chart(report));
        Console.WriteLine("Wrote docs/performance.md and docs/" + PerformanceDoc.ChartName);
    }

    return 0;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
