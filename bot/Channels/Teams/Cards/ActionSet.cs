using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Buttons inside the body, next to the content they act on.</summary>
internal sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    protected override string Type => "ActionSet";

    protected override void WriteProperties(JsonObject json) => json["actions"] = Array(Actions.Select(action => action.ToJson()));
}
