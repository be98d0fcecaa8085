using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Text, in the Markdown subset Adaptive Cards render (bold, italic, lists, links).</summary>
internal sealed record TextBlock(string Text) : CardElement
{
    /// <summary>small, default, medium, large, extraLarge.</summary>
    public string? Size { get; init; }

    /// <summary>lighter, default, bolder.</summary>
    public string? Weight { get; init; }

    /// <summary>default, accent, good, warning, attention.</summary>
    public string? Color { get; init; }

    public bool IsSubtle { get; init; }

    /// <summary>default or monospace.</summary>
    public string? FontType { get; init; }

    /// <summary>heading marks the block as a heading for screen readers.</summary>
    public string? Style { get; init; }

    protected override string Type => "TextBlock";

    protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("text", Text);
        writer.WriteBoolean("wrap", true);
        WriteIfSet(writer, "size", Size);
        WriteIfSet(writer, "weight", Weight);
        WriteIfSet(writer, "color", Color);
        WriteIfSet(writer, "fontType", FontType);
        WriteIfSet(writer, "style", Style);
        if (IsSubtle)
        {
            writer.WriteBoolean("isSubtle", true);
        }
    }
}
