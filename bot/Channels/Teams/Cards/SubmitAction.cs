using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>
/// Sends <see cref="Data"/> back to the bot as a message activity's <c>value</c>, merged with the card's
/// input values (keyed by input id) unless <see cref="ValidatesInputs"/> is false.
/// </summary>
internal sealed record SubmitAction(string Title, IReadOnlyDictionary<string, string> Data) : CardAction(Title)
{
    /// <summary>Whether the card's inputs are validated and sent; false for buttons such as "skip" or "back".</summary>
    public bool ValidatesInputs { get; init; } = true;

    protected override string Type => "Action.Submit";

    protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("data");
        foreach (var (key, value) in Data)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        if (!ValidatesInputs)
        {
            writer.WriteString("associatedInputs", "none");
        }
    }
}
