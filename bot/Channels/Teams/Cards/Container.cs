using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A group of elements, optionally styled or clickable as a whole.</summary>
internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>default, emphasis, good, attention, warning, accent.</summary>
    public string? Style { get; init; }

    /// <summary>What clicking anywhere in the container does.</summary>
    public CardAction? SelectAction { get; init; }

    protected override string Type => "Container";

    protected override void WriteProperties(Utf8JsonWriter writer)
    {
        WriteArray(writer, "items", Items, (w, item) => item.WriteTo(w));
        WriteIfSet(writer, "style", Style);
        if (SelectAction is not null)
        {
            writer.WritePropertyName("selectAction");
            SelectAction.WriteTo(writer);
        }
    }
}
