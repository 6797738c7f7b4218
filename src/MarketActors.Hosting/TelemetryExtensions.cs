using MarketActors.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace MarketActors.Hosting;

/// <summary>Wires OpenTelemetry into a MarketActors host.</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Exports the engine's traces and metrics (and, to a collector, Orleans' own and the host's logs) where the
    /// options say. Does nothing when no exporter is on.
    /// </summary>
    /// <param name="builder">The host.</param>
    /// <param name="options">Where to export.</param>
    /// <param name="serviceName">The service name the telemetry carries (<c>marketactors-silo</c>, <c>marketactors-cli</c>).</param>
    public static IHostApplicationBuilder AddMarketActorsTelemetry(this IHostApplicationBuilder builder, TelemetryOptions options, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(EngineTelemetry.Name, ActivitySources.ApplicationGrainActivitySourceName);
                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(EngineTelemetry.Name);
                if (options.Console)
                {
                    metrics.AddConsoleExporter((_, reader) =>
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.MetricsIntervalSeconds * 1000);
                }

                if (options.OtlpEndpoint is not null)
                {
                    // A collector gets Orleans' own metrics too; on the console they would drown the engine's.
                    metrics.AddMeter("Microsoft.Orleans");
                }
            });

        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.WithLogging().UseOtlpExporter(options.OtlpProtocol, endpoint);
            builder.Services.Configure<MetricReaderOptions>(reader =>
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.MetricsIntervalSeconds * 1000);
        }

        return builder;
    }

    /// <summary>Propagates the current span through grain calls when telemetry is on, so that they join its trace.</summary>
    public static ISiloBuilder AddMarketActorsTracing(this ISiloBuilder silo, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled ? silo.AddActivityPropagation() : silo;
    }
}
