using System.Buffers;
using System.Text;
using System.Text.Json;

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

    /// <summary>The card as compact JSON, written straight from the records (no JSON tree in between).</summary>
    public string ToJsonString()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the card; a card <paramref name="nested"/> in another (Action.ShowCard) has no schema or Teams settings.</summary>
    public void WriteTo(Utf8JsonWriter writer, bool nested = false)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "AdaptiveCard");
        if (!nested)
        {
            writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        }

        writer.WriteString("version", SchemaVersion);
        writer.WriteStartArray("body");
        foreach (var element in Body)
        {
            element.WriteTo(writer);
        }

        writer.WriteEndArray();
        if (Actions.Count > 0)
        {
            writer.WriteStartArray("actions");
            foreach (var action in Actions)
            {
                action.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        if (FallbackText is not null)
        {
            writer.WriteString("fallbackText", FallbackText);
        }

        if (!nested)
        {
            // Full width in Teams, so tables and forms are not squeezed into a narrow bubble.
            writer.WriteStartObject("msteams");
            writer.WriteString("width", "Full");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
