using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A button of an Adaptive Card.</summary>
internal abstract record CardAction(string Title)
{
    /// <summary>default, positive or destructive.</summary>
    public string? Style { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type, ["title"] = Title };
        if (Style is not null)
        {
            json["style"] = Style;
        }

        WriteProperties(json);
        return json;
    }

    protected abstract string Type { get; }

    protected abstract void WriteProperties(JsonObject json);
}
