using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A button of an Adaptive Card.</summary>
internal abstract record CardAction(string Title)
{
    /// <summary>default, positive or destructive.</summary>
    public string? Style { get; init; }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        writer.WriteString("title", Title);
        if (Style is not null)
        {
            writer.WriteString("style", Style);
        }

        WriteProperties(writer);
        writer.WriteEndObject();
    }

    protected abstract string Type { get; }

    protected abstract void WriteProperties(Utf8JsonWriter writer);
}
