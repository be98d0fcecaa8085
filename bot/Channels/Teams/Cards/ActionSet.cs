using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Buttons inside the body, next to the content they act on.</summary>
internal sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    protected override string Type => "ActionSet";

    protected override void WriteProperties(Utf8JsonWriter writer) => WriteArray(writer, "actions", Actions, (w, action) => action.WriteTo(w));
}
