using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>
/// Stands in for the Bot Connector service at an activity's service URL: records what the bot sends and
/// answers as the service does (an id for each posted activity, a member for a member look-up).
/// </summary>
public sealed class FakeConnector
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _ids;

    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    /// <summary>Raised for each call as it arrives, before it is answered.</summary>
    public event Action<ConnectorCall>? Recorded;

    /// <summary>The activities posted to a conversation, in order.</summary>
    public IReadOnlyList<JsonObject> Sent(string conversationId) =>
        Calls.Where(call => call.Method == HttpMethod.Post && call.ConversationId == conversationId && call.Body is not null)
            .Select(call => call.Body!)
            .ToArray();

    /// <summary>A handler for the bot's HTTP client (a new one each time: the client factory disposes them).</summary>
    public HttpMessageHandler Handler() => new RecordingHandler(this);

    /// <summary>Records a call and returns what the connector service answers.</summary>
    public JsonObject Record(HttpMethod method, string path, string? body, string? authorization)
    {
        var call = new ConnectorCall(
            method,
            path,
            string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body)?.AsObject(),
            body is null ? 0 : Encoding.UTF8.GetByteCount(body),
            authorization);
        _calls.Enqueue(call);
        Recorded?.Invoke(call);
        return method == HttpMethod.Get && path.Contains("/members/", StringComparison.Ordinal)
            ? new JsonObject { ["id"] = path[(path.LastIndexOf('/') + 1)..], ["name"] = "Grace Hopper", ["userPrincipalName"] = "grace@example.com" }
            : new JsonObject { ["id"] = $"reply-{Interlocked.Increment(ref _ids)}" };
    }

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var answer = Record(request.Method, Uri.UnescapeDataString(request.RequestUri!.AbsolutePath), body, request.Headers.Authorization?.ToString());
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") };
    }

    private sealed class RecordingHandler(FakeConnector connector) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            connector.AnswerAsync(request, cancellationToken);
    }
}
