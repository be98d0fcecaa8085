using System.Text.Json.Nodes;

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

    protected override void WriteProperties(JsonObject json)
    {
        json["text"] = Text;
        json["wrap"] = true;
        Set(json, "size", Size);
        Set(json, "weight", Weight);
        Set(json, "color", Color);
        Set(json, "fontType", FontType);
        Set(json, "style", Style);
        if (IsSubtle)
        {
            json["isSubtle"] = true;
        }
    }

    private static void Set(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
