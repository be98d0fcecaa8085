using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Opens a link (a web page or a Teams deep link).</summary>
internal sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title)
{
    protected override string Type => "Action.OpenUrl";

    protected override void WriteProperties(JsonObject json) => json["url"] = Url.AbsoluteUri;
}
