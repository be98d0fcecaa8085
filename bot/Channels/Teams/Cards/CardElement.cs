using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>An element of an Adaptive Card body; each writes its own JSON (schema 1.5).</summary>
internal abstract record CardElement
{
    public string? Id { get; init; }

    /// <summary>Draw a line above the element.</summary>
    public bool Separator { get; init; }

    /// <summary>Space above the element: none, small, default, medium, large, extraLarge.</summary>
    public string? Spacing { get; init; }

    /// <summary>What a client that does not know this element renders instead.</summary>
    public CardElement? Fallback { get; init; }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        WriteIfSet(writer, "id", Id);
        if (Separator)
        {
            writer.WriteBoolean("separator", true);
        }

        WriteIfSet(writer, "spacing", Spacing);
        WriteProperties(writer);
        if (Fallback is not null)
        {
            writer.WritePropertyName("fallback");
            Fallback.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    protected abstract string Type { get; }

    protected abstract void WriteProperties(Utf8JsonWriter writer);

    protected static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    protected static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
