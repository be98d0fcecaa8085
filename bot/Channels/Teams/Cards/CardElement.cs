using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>An element of an Adaptive Card body; each writes its own JSON (schema 1.5).</summary>
internal abstract record CardElement
{
    public string? Id { get; init; }

    /// <summary>Draw a line above the element.</summary>
    public bool Separator { get; init; }

    /// <summary>Space above the element: none, small, default, medium, large, extraLarge.</summary>
    public string? Spacing { get; init; }

    /// <summary>What a client that does not know this element renders instead.</summary>
    public CardElement? Fallback { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type };
        if (Id is not null)
        {
            json["id"] = Id;
        }

        if (Separator)
        {
            json["separator"] = true;
        }

        if (Spacing is not null)
        {
            json["spacing"] = Spacing;
        }

        WriteProperties(json);
        if (Fallback is not null)
        {
            json["fallback"] = Fallback.ToJson();
        }

        return json;
    }

    protected abstract string Type { get; }

    protected abstract void WriteProperties(JsonObject json);

    protected static JsonArray Array(IEnumerable<JsonNode> nodes) => new(nodes.ToArray());
}
