using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Unfolds a nested card under the buttons, e.g. a small form.</summary>
internal sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title)
{
    protected override string Type => "Action.ShowCard";

    protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("card");
        Card.WriteTo(writer, nested: true);
    }
}
