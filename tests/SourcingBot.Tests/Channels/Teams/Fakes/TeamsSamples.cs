using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>Real Teams activities (Samples/*.json), each given a conversation of its own so tests can share a bot.</summary>
public static class TeamsSamples
{
    public const string AppId = "5f1c6a0e-7d2b-4c1a-9e3f-0a1b2c3d4e5f";
    public const string BotId = "28:" + AppId;

    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Teams", "Samples", name + ".json")))!.AsObject();

    /// <summary>A sample in a new conversation (and, for channels, a new team and thread).</summary>
    public static JsonObject Fresh(string name)
    {
        var activity = Load(name);
        var unique = Guid.NewGuid().ToString("N");
        var conversation = activity["conversation"]!;
        var type = conversation["conversationType"]!.GetValue<string>();
        conversation["id"] = type switch
        {
            "personal" => $"a:{unique}",
            "groupChat" => $"19:{unique}@thread.v2",
            _ => Thread(activity, $"19:{unique}@thread.tacv2"),
        };
        if (activity["channelData"]?["team"] is JsonObject team)
        {
            team["id"] = $"19:team{unique}@thread.tacv2";
        }

        return activity;
    }

    public static JsonObject Text(this JsonObject activity, string text)
    {
        activity["text"] = text;
        activity.Remove("value");
        activity.Remove("attachments");
        activity.Remove("entities");
        activity["id"] = NewId();
        return activity;
    }

    /// <summary>A card submission: the data of the clicked button, merged with the card's inputs.</summary>
    public static JsonObject Submit(this JsonObject activity, JsonObject value)
    {
        activity.Remove("text");
        activity.Remove("attachments");
        activity["value"] = value;
        activity["id"] = NewId();
        return activity;
    }

    public static JsonObject ExpectingReplies(this JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static JsonObject ServiceUrl(this JsonObject activity, Uri serviceUrl)
    {
        activity["serviceUrl"] = serviceUrl.AbsoluteUri;
        return activity;
    }

    /// <summary>The same conversation as <paramref name="other"/> (for a channel, the same thread).</summary>
    public static JsonObject In(this JsonObject activity, JsonObject other)
    {
        activity["conversation"] = other["conversation"]!.DeepClone();
        activity["channelData"] = other["channelData"]?.DeepClone();
        return activity;
    }

    public static string ConversationId(this JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();

    private static string Thread(JsonObject activity, string channel)
    {
        var id = NewId();
        activity["id"] = id;
        return activity["type"]!.GetValue<string>() == "message" ? $"{channel};messageid={id}" : channel;
    }

    private static string NewId() => Random.Shared.NextInt64(1_700_000_000_000, 1_800_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
