using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SourcingBot.Channels.Discord.Rest;

// Sits under the resilience pipeline: every attempt waits its turn with DiscordRateLimiter, and a 429
// is waited out (retry_after) and re-sent here, holding the route so no other request of it goes out
// inside the wait. Other failures go back up: 5xx to the retry pipeline, 4xx to the caller.
internal sealed class RateLimitHandler(DiscordRateLimiter limiter, IOptions<DiscordOptions> options, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = DiscordRoutes.Key(request.Method, RelativePath(request.RequestUri!));
        var gate = limiter.Gate(route);
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await limiter.WaitTurnAsync(route, cancellationToken);
                var response = await base.SendAsync(request, cancellationToken);
                var body = response.StatusCode == HttpStatusCode.TooManyRequests ? await ReadRateLimitAsync(response, cancellationToken) : null;
                var retryAfter = limiter.Observe(route, response, body);
                if (retryAfter is null || attempt >= options.Value.Rest.MaxRateLimitRetries)
                {
                    return response;
                }

                response.Dispose();
                DiscordTelemetry.RecordWait(retryAfter.Value, "retry_after");
                await Task.Delay(retryAfter.Value, timeProvider, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    // The path below the API base ("/api/v10/channels/1/messages" → "channels/1/messages").
    private string RelativePath(Uri uri)
    {
        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
        var basePath = new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/").AbsolutePath;
        return path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path;
    }

    private static async Task<RateLimitBody?> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.RateLimitBody, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
