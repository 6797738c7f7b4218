using System.Net;
using System.Net.Sockets;
using MarketActors.Client.Tests.Support;
using MarketActors.Contracts;
using MarketActors.Domain.Metrics;
using MarketActors.Scenarios.Replay;
using MarketActors.Silo;
using Orleans.Runtime;

namespace MarketActors.Client.Tests;

/// <summary>The standalone silo host, configured on its command line, and clients that connect to a gateway.</summary>
[Collection(SiloCollection.Name)]
public sealed class SiloHostTests
{
    [Theory]
    [InlineData("--MarketActors:Silo:GatewayPort=0", "MarketActors:Silo:GatewayPort: The field GatewayPort must be between 1 and 65535.")]
    [InlineData("--MarketActors:Silo:SiloPort=70000", "MarketActors:Silo:SiloPort: The field SiloPort must be between 1 and 65535.")]
    [InlineData("--MarketActors:Silo:Clustering=consul", "MarketActors:Silo:Clustering: Clustering must be 'localhost'")]
    [InlineData("--MarketActors:Silo:GatewayPort=thirty", "MarketActors:Silo:GatewayPort")]
    [InlineData("--MarketActors:Telemetry:OtlpEndpoint=collector:4317", "MarketActors:Telemetry:OtlpEndpoint: 'collector:4317' is not an OTLP endpoint: give an absolute http:// or https:// address")]
    [InlineData("--MarketActors:Telemetry:MetricsIntervalSeconds=0", "MarketActors:Telemetry:MetricsIntervalSeconds: The field MetricsIntervalSeconds must be between 1 and 3600.")]
    [InlineData("--MarketActors:Telemetry:OtlpProtocol=pigeon", "MarketActors:Telemetry:OtlpProtocol")]
    public async Task An_invalid_configuration_is_refused_with_exit_code_2_naming_the_setting(string argument, string message)
    {
        var (code, errors) = await WithStandardError(() => SiloHost.RunAsync([argument]));

        Assert.Equal(2, code);
        Assert.StartsWith("marketactors-silo: ", errors, StringComparison.Ordinal);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_started_on_ports_from_its_command_line_serves_a_client()
    {
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        using var stop = new CancellationTokenSource();
        var silo = SiloHost.RunAsync(SiloArgs(siloPort, siloPort, gatewayPort, "silo-host-test", dashboard: true), stop.Token);

        try
        {
            await using var client = await Connect($"127.0.0.1:{gatewayPort}", "silo-host-test", silo);
            var run = await client.LoadAsync(Seed.Source);
            await run.StartAsync();
            var finished = await Waits.Finished(run);
            var output = await run.GetOutputAsync();
            var musk = await run.GetSeriesAsync("musk", Metric.NetWorth);

            Assert.Equal((RunState.Completed, 12), (finished.State, finished.TicksDone));
            Assert.Equal(32, output.Timeline.Length);
            Assert.Equal(-27_334_000_000m, musk.Single(p => p.At == new DateOnly(2024, 9, 30)).Value - musk.Last(p => p.At < new DateOnly(2024, 9, 30)).Value);
            Assert.Contains(await client.ListRunsAsync(), r => r.RunId == run.RunId);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await silo.WaitAsync(Waits.Deadline));
    }

    [Fact]
    public async Task Two_silos_started_as_the_docs_say_form_one_cluster_that_replays_the_seed_as_the_reference_does()
    {
        var (primaryPort, primaryGateway, secondPort, secondGateway) = (FreePort(), FreePort(), FreePort(), FreePort());
        using var stop = new CancellationTokenSource();
        var primary = SiloHost.RunAsync(SiloArgs(primaryPort, primaryPort, primaryGateway, "two-silos-test"), stop.Token);
        var second = SiloHost.RunAsync(SiloArgs(secondPort, primaryPort, secondGateway, "two-silos-test"), stop.Token);

        try
        {
            // Through the second silo's gateway: it opens once that silo has joined through the primary.
            await using var client = await Connect($"127.0.0.1:{secondGateway}", "two-silos-test", second);
            await WaitForMembers(client, 2, primary, second);

            var run = await client.LoadAsync(Seed.Source);
            await run.StartAsync();
            Assert.Equal(RunState.Completed, (await Waits.Finished(run)).State);

            // Where the actors are placed depends on when each silo's view of the other converges: the engine tests
            // check the spread on a cluster that waits for that; here the result must not depend on it.
            Assert.Equal(Canonical.Dump(ReferenceReplayer.Replay(Seed.Plan)), Canonical.Dump(await run.GetOutputAsync()));
        }
        finally
        {
            await stop.CancelAsync();
        }

        var codes = await Task.WhenAll(primary, second).WaitAsync(Waits.Deadline);
        Assert.Equal([0, 0], codes);
    }

    [Fact]
    public async Task A_silo_configured_with_a_collector_exports_the_engine_s_traces_metrics_and_its_logs_over_otlp()
    {
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        using var collector = new OtlpSink(FreePort());
        using var stop = new CancellationTokenSource();
        string[] args =
        [
            .. SiloArgs(siloPort, siloPort, gatewayPort, "silo-otlp-test"),
            $"--MarketActors:Telemetry:OtlpEndpoint={collector.Endpoint}",
            "--MarketActors:Telemetry:OtlpProtocol=HttpProtobuf",
            "--MarketActors:Telemetry:MetricsIntervalSeconds=1",
        ];
        var silo = SiloHost.RunAsync(args, stop.Token);

        try
        {
            await using var client = await Connect($"127.0.0.1:{gatewayPort}", "silo-otlp-test", silo);
            var run = await client.LoadAsync(Seed.Source);
            await run.StartAsync();
            Assert.Equal(RunState.Completed, (await Waits.Finished(run)).State);

            // A trace per event, tagged with its sources; the engine's counters; the silo's own log lines.
            var traces = await collector.WaitFor("/v1/traces", "herald#F01", Waits.Deadline);
            await collector.WaitFor("/v1/traces", "marketactors.capital.moved", Waits.Deadline);
            var metrics = await collector.WaitFor("/v1/metrics", "marketactors.events.applied", Waits.Deadline);
            await collector.WaitFor("/v1/metrics", "marketactors.run.gpus.online", Waits.Deadline);
            var logs = await collector.WaitFor("/v1/logs", "MarketActors silo up", Waits.Deadline);

            Assert.All([traces, metrics, logs], type => Assert.Equal("application/x-protobuf", type));
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await silo.WaitAsync(Waits.Deadline));
    }

    [Fact]
    public async Task Connecting_where_no_silo_listens_fails_with_what_to_do()
    {
        var options = new ClientOptions { ConnectTimeout = TimeSpan.FromSeconds(1) };
        options.Gateways.Clear();
        options.Gateways.Add($"127.0.0.1:{FreePort()}");

        var failed = await Assert.ThrowsAsync<ConnectionFailedException>(() => MarketActorsClient.ConnectAsync(options).WaitAsync(Waits.Deadline));

        Assert.Contains($"No MarketActors silo answered at {options.Gateways[0]} (cluster 'marketactors')", failed.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/MarketActors.Silo", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_that_is_not_host_and_port_is_refused()
    {
        var options = new ClientOptions();
        options.Gateways.Clear();
        options.Gateways.Add("localhost");

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => MarketActorsClient.ConnectAsync(options));

        Assert.StartsWith("'localhost' is not a gateway; write host:port, like 127.0.0.1:30000.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_whose_host_cannot_be_found_fails_to_connect_naming_it()
    {
        var options = new ClientOptions();
        options.Gateways.Clear();
        options.Gateways.Add("no-such-host.invalid:30000");

        var failed = await Assert.ThrowsAsync<ConnectionFailedException>(() => MarketActorsClient.ConnectAsync(options));

        Assert.Contains("no-such-host.invalid", failed.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits, with a deadline, until the cluster lists <paramref name="count"/> active silos. Membership spreads between
    /// silos in the background and a client is told nothing of it, so the list is asked again until it is complete.
    /// </summary>
    private static async Task WaitForMembers(MarketActorsClient client, int count, params Task<int>[] silos)
    {
        var management = client.Grains.GetGrain<IManagementGrain>(0);
        using var deadline = new CancellationTokenSource(Waits.Deadline);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while ((await management.GetHosts(onlyActive: true)).Count < count)
        {
            Assert.False(silos.Any(s => s.IsCompleted), "a silo stopped before the cluster formed");
            await poll.WaitForNextTickAsync(deadline.Token);
        }
    }

    /// <summary>Connects once the silo accepts clients (the client library retries while it starts), unless the silo stops first.</summary>
    private static async Task<MarketActorsClient> Connect(string gateway, string clusterId, Task<int> silo)
    {
        var options = new ClientOptions { ClusterId = clusterId, ConnectTimeout = Waits.Deadline };
        options.Gateways.Clear();
        options.Gateways.Add(gateway);
        var connecting = MarketActorsClient.ConnectAsync(options);

        Assert.True(await Task.WhenAny(connecting, silo) == connecting, "the silo stopped before a client could connect");
        return await connecting;
    }

    /// <summary>A silo's command line: its ports, the primary silo's port, its cluster, and whether the Orleans dashboard collects.</summary>
    private static string[] SiloArgs(int siloPort, int primaryPort, int gatewayPort, string clusterId, bool dashboard = false) =>
    [
        $"--MarketActors:Silo:SiloPort={siloPort}",
        $"--MarketActors:Silo:PrimarySiloPort={primaryPort}",
        $"--MarketActors:Silo:GatewayPort={gatewayPort}",
        $"--MarketActors:Silo:ClusterId={clusterId}",
        $"--MarketActors:Silo:Dashboard={dashboard}",
    ];

    private static async Task<(int Code, string Errors)> WithStandardError(Func<Task<int>> run)
    {
        var original = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            return (await run(), errors.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
