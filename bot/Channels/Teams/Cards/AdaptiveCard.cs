using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>
/// An Adaptive Card, schema 1.5, built as JSON: the AdaptiveCards package is not available here, and a
/// small typed builder keeps the card shapes checked by the compiler anyway.
/// </summary>
internal sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string SchemaVersion = "1.5";

    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>Plain text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    public JsonObject ToJson(bool nested = false)
    {
        var json = new JsonObject { ["type"] = "AdaptiveCard" };
        if (!nested)
        {
            json["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json";
        }

        json["version"] = SchemaVersion;
        json["body"] = new JsonArray(Body.Select(element => (JsonNode)element.ToJson()).ToArray());
        if (Actions.Count > 0)
        {
            json["actions"] = new JsonArray(Actions.Select(action => (JsonNode)action.ToJson()).ToArray());
        }

        if (FallbackText is not null)
        {
            json["fallbackText"] = FallbackText;
        }

        if (!nested)
        {
            // Full width in Teams, so tables and forms are not squeezed into a narrow bubble.
            json["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        return json;
    }
}
