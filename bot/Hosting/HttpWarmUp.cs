using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SourcingBot.Hosting;

// Sends a few requests to the bot's own /api/chat over loopback, once the server listens: the first request through
// Kestrel, routing, the endpoint and JSON costs tens of milliseconds that the first user would otherwise pay. A question
// (answered, stores nothing) and a request without text (400, the validation problem). The requests are marked as
// the warm-up's (WarmUpRequests), so they leave nothing behind. A plain HttpClient: the factory's clients log each
// request at Information.
internal sealed class HttpWarmUp(IServer server, WarmUpRequests requests, TimeProvider timeProvider)
{
    public const string ChatPath = "/api/chat";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Sends the requests; false when the server has no plain-HTTP address to reach (e.g. the test host). Throws when
    /// a request fails or takes longer than two seconds in all.
    /// </summary>
    public async Task<bool> RunAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (LoopbackAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []) is not { } address)
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };
        client.DefaultRequestHeaders.Add(WarmUpRequests.Header, requests.Secret);
        await PostAsync(client, $$"""{"conversationId":"{{conversationId}}","userId":"warm-up","text":"what is nearshoring?"}""", HttpStatusCode.OK, linked.Token);
        await PostAsync(client, $$"""{"conversationId":"{{conversationId}}","userId":"warm-up"}""", HttpStatusCode.BadRequest, linked.Token);
        return true;
    }

    // The first plain-HTTP address the server listens on, as one this process can connect to: a wildcard address
    // (0.0.0.0, [::], * or +) is reached over loopback. Null when there is none (HTTPS only, a Unix socket, no server).
    internal static Uri? LoopbackAddress(IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            var normalised = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                continue;
            }

            if (uri.IsLoopback)
            {
                return uri;
            }

            if (IPAddress.TryParse(uri.Host, out var ip))
            {
                var host = ip.Equals(IPAddress.Any) ? IPAddress.Loopback.ToString()
                    : ip.Equals(IPAddress.IPv6Any) ? $"[{IPAddress.IPv6Loopback}]"
                    : uri.Host;
                return new UriBuilder(uri) { Host = host }.Uri;
            }
        }

        return null;
    }

    private static async Task PostAsync(HttpClient client, string json, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri(ChatPath, UriKind.Relative), content, cancellationToken);
        _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new HttpRequestException($"{ChatPath} answered {(int)response.StatusCode} instead of {(int)expected}", null, response.StatusCode);
        }
    }
}
