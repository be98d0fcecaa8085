using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SourcingBot.Benchmarking;

// The same turns as ChatLoadScript, sent to /api/messages as Teams message activities in a 1:1 chat.
// They ask for expectReplies, so each response carries the turn's rendered cards and nothing is posted
// back to a connector; the bot must run without MicrosoftAppId (as for Agents Playground).
internal static class TeamsLoadScript
{
    private static long _activityIds;

    public static HttpRequestMessage Request(string conversationId, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Interlocked.Increment(ref _activityIds).ToString(CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/bench/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "29:bench-user", ["name"] = "Bench" },
            ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "SourcingBot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{conversationId}", ["conversationType"] = "personal" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "bench" } },
            ["text"] = text,
        };
        return new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }
}
