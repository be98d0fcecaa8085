using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A text field.</summary>
internal sealed record TextInput : InputElement
{
    public string? Placeholder { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A regular expression the value must match before the client submits it.</summary>
    public string? Regex { get; init; }

    protected override string Type => "Input.Text";

    protected override void WriteInputProperties(Utf8JsonWriter writer)
    {
        WriteIfSet(writer, "placeholder", Placeholder);
        if (MaxLength is { } maxLength)
        {
            writer.WriteNumber("maxLength", maxLength);
        }

        WriteIfSet(writer, "regex", Regex);
    }
}
