using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Radio buttons, check boxes (multi-select, values comma-separated) or a drop-down.</summary>
internal sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : InputElement
{
    public bool IsMultiSelect { get; init; }

    /// <summary>expanded (every option visible) or compact (a drop-down).</summary>
    public string Style { get; init; } = "expanded";

    public string? Placeholder { get; init; }

    protected override string Type => "Input.ChoiceSet";

    protected override void WriteInputProperties(Utf8JsonWriter writer)
    {
        WriteArray(writer, "choices", Choices, (w, choice) =>
        {
            w.WriteStartObject();
            w.WriteString("title", choice.Title);
            w.WriteString("value", choice.Value);
            w.WriteEndObject();
        });
        writer.WriteString("style", Style);
        writer.WriteBoolean("wrap", true);
        if (IsMultiSelect)
        {
            writer.WriteBoolean("isMultiSelect", true);
        }

        WriteIfSet(writer, "placeholder", Placeholder);
    }
}
