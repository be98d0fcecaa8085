using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Unfolds a nested card under the buttons, e.g. a small form.</summary>
internal sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title)
{
    protected override string Type => "Action.ShowCard";

    protected override void WriteProperties(JsonObject json) => json["card"] = Card.ToJson(nested: true);
}
