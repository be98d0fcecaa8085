using SourcingBot.Storage;

namespace SourcingBot.Hosting;

/// <summary>
/// <c>GET /healthz</c> (the process is alive) and <c>GET /readyz</c> (knowledge loaded and warm, and the conversation
/// store reachable). Neither names the database or says more than that.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Text("alive", "text/plain")).ExcludeFromDescription();
        endpoints.MapGet("/readyz", async (Readiness readiness, StoreHealth store, CancellationToken cancellationToken) =>
                !readiness.IsReady ? NotReady("warming up")
                : !await store.IsReachableAsync(cancellationToken) ? NotReady("conversation store unreachable")
                : Results.Text("ready", "text/plain"))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static IResult NotReady(string reason) =>
        Results.Text(reason, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
}
