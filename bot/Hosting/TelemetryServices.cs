using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SourcingBot.Conversations.Telemetry;

namespace SourcingBot.Hosting;

/// <summary>
/// OpenTelemetry for the server: the engine's spans and metrics (<see cref="ConversationTelemetry"/>) plus
/// ASP.NET Core's. They go to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and to a
/// Prometheus scrape endpoint when <c>Telemetry:PrometheusEndpoint</c> is true.
/// </summary>
internal static class TelemetryServices
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("sourcingbot"))
            .WithTracing(tracing => tracing.AddSource(ConversationTelemetry.Name).AddAspNetCoreInstrumentation(aspNet =>
                aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/healthz") && !context.Request.Path.StartsWithSegments("/readyz")
                    && !context.RequestServices.GetRequiredService<WarmUpRequests>().IsWarmUp(context)))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ConversationTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.PrometheusEndpoint)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.PrometheusEndpoint == true)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}
