using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace MarketActors.Hosting;

/// <summary>
/// Where a MarketActors host sends its traces, metrics and logs. Bound from the configuration section
/// <see cref="Section"/>: <c>--MarketActors:Telemetry:Console=true</c>, or
/// <c>MarketActors__Telemetry__OtlpEndpoint=http://127.0.0.1:4317</c>. Both off by default.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "MarketActors:Telemetry";

    /// <summary>Print the engine's spans and metrics on standard output (the OpenTelemetry console exporter).</summary>
    public bool Console { get; set; }

    /// <summary>An OpenTelemetry collector to export traces, metrics and logs to.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>How to talk to <see cref="OtlpEndpoint"/>: <c>Grpc</c> (usually port 4317) or <c>HttpProtobuf</c> (4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>How often metrics are exported, in seconds.</summary>
    [Range(1, 3600)]
    public int MetricsIntervalSeconds { get; set; } = 10;

    /// <summary>Whether any exporter is on.</summary>
    public bool Enabled => Console || OtlpEndpoint is not null;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult(
                $"'{endpoint}' is not an OTLP endpoint: give an absolute http:// or https:// address, such as http://127.0.0.1:4317.",
                [nameof(OtlpEndpoint)]);
        }
    }
}
