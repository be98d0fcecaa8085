using System.Text.Json.Nodes;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>Reads the bot's reply activities: their Adaptive Cards, elements, texts and buttons.</summary>
public static class CardReader
{
    public static JsonObject? Card(this JsonObject activity) =>
        activity["attachments"] is JsonArray { Count: > 0 } attachments
        && attachments[0]!["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            ? attachments[0]!["content"]!.AsObject()
            : null;

    /// <summary>Every object with a type in the card (elements, actions, nested cards), depth first.</summary>
    public static IEnumerable<JsonObject> Elements(this JsonObject card)
    {
        foreach (var (_, value) in card)
        {
            foreach (var element in Descend(value))
            {
                yield return element;
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(this JsonObject card, string type) =>
        card.Elements().Where(element => element["type"]?.GetValue<string>() == type);

    /// <summary>All the text a user reads: the message text and every text block.</summary>
    public static string Text(this JsonObject activity)
    {
        var card = activity.Card();
        var blocks = card is null ? [] : card.OfType("TextBlock").Select(block => block["text"]!.GetValue<string>());
        return string.Join("\n", blocks.Prepend(activity["text"]?.GetValue<string>() ?? string.Empty)).Trim();
    }

    public static string? Title(this JsonObject activity) =>
        activity.Card()?.OfType("TextBlock").FirstOrDefault(block => block["style"]?.GetValue<string>() == "heading")?["text"]!.GetValue<string>();

    /// <summary>The submit action (a button or a clickable row) whose title or data label is <paramref name="label"/>.</summary>
    public static JsonObject Submit(this JsonObject activity, string label) =>
        activity.Card()!.OfType("Action.Submit").First(action =>
            action["title"]?.GetValue<string>() == label || action["data"]?["label"]?.GetValue<string>() == label);

    public static bool IsTyping(this JsonObject activity) => activity["type"]?.GetValue<string>() == "typing";

    private static IEnumerable<JsonObject> Descend(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is not null)
                {
                    yield return obj;
                }

                foreach (var (_, value) in obj)
                {
                    foreach (var element in Descend(value))
                    {
                        yield return element;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var element in Descend(item))
                    {
                        yield return element;
                    }
                }

                break;
        }
    }
}
