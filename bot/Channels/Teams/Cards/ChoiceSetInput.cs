using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Radio buttons, check boxes (multi-select, values comma-separated) or a drop-down.</summary>
internal sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : InputElement
{
    public bool IsMultiSelect { get; init; }

    /// <summary>expanded (every option visible) or compact (a drop-down).</summary>
    public string Style { get; init; } = "expanded";

    public string? Placeholder { get; init; }

    protected override string Type => "Input.ChoiceSet";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["choices"] = Array(Choices.Select(choice => new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value }));
        json["style"] = Style;
        json["wrap"] = true;
        if (IsMultiSelect)
        {
            json["isMultiSelect"] = true;
        }

        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder;
        }
    }
}
