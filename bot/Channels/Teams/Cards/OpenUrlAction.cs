using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Opens a link (a web page or a Teams deep link).</summary>
internal sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title)
{
    protected override string Type => "Action.OpenUrl";

    protected override void WriteProperties(Utf8JsonWriter writer) => writer.WriteString("url", Url.AbsoluteUri);
}
