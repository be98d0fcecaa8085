namespace SourcingBot.Hosting;

/// <summary>How traces and metrics leave the process (section "Telemetry"); OTLP is configured by the standard <c>OTEL_*</c> variables.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Whether to serve the metrics for Prometheus to scrape at <c>/metrics</c>.</summary>
    public bool PrometheusEndpoint { get; set; }
}
