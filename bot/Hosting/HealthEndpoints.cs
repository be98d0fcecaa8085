namespace SourcingBot.Hosting;

/// <summary><c>GET /healthz</c> (the process is alive) and <c>GET /readyz</c> (knowledge loaded and warm).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Text("alive", "text/plain")).ExcludeFromDescription();
        endpoints.MapGet("/readyz", (Readiness readiness) => readiness.IsReady
                ? Results.Text("ready", "text/plain")
                : Results.Text("warming up", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
        return endpoints;
    }
}
