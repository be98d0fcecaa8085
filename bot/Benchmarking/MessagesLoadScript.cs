using System.Text.Json.Nodes;

namespace SourcingBot.Benchmarking;

// The same turns as Bot Framework message activities to /api/messages with deliveryMode expectReplies, so
// the replies come back in the response body: a personal Teams chat, each activity with an id of its own.
// The bot must run without MicrosoftAppId (no token is sent).
internal sealed class MessagesLoadScript(IReadOnlyList<string> texts) : ILoadScript
{
    public const string Path = "/api/messages";

    private long _ids;

    public IReadOnlyList<LoadRequest> Round(string conversationId) =>
        texts.Select(text => new LoadRequest(Path, Activity(conversationId, text), [])).ToArray();

    private byte[] Activity(string conversationId, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"bench-{Interlocked.Increment(ref _ids)}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["deliveryMode"] = "expectReplies",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-GB",
            ["from"] = new JsonObject { ["id"] = $"29:{conversationId}", ["name"] = "Bench" },
            ["recipient"] = new JsonObject { ["id"] = "28:sourcingbot", ["name"] = "SourcingBot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{conversationId}", ["conversationType"] = "personal", ["tenantId"] = "bench" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "bench" } },
        };
        return System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());
    }
}
