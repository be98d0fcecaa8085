using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>
/// One request the bot made to the connector service: its method, decoded path (e.g.
/// <c>/v3/conversations/{id}/activities/{replyToId}</c>), body, body size as sent, and authorization header.
/// </summary>
public sealed record ConnectorCall(HttpMethod Method, string Path, JsonObject? Body, int Bytes, string? Authorization)
{
    /// <summary>The conversation the call is about, from the path.</summary>
    public string? ConversationId
    {
        get
        {
            const string prefix = "/v3/conversations/";
            var start = Path.IndexOf(prefix, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            var rest = Path[(start + prefix.Length)..];
            var end = rest.IndexOf("/activities", StringComparison.Ordinal);
            return end < 0 ? rest.Split('/')[0] : rest[..end];
        }
    }
}
