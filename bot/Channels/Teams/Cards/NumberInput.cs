using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A number field; the client refuses values outside the range before submitting.</summary>
internal sealed record NumberInput : InputElement
{
    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    protected override string Type => "Input.Number";

    protected override void WriteInputProperties(JsonObject json)
    {
        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder;
        }

        if (Min is { } min)
        {
            json["min"] = min;
        }

        if (Max is { } max)
        {
            json["max"] = max;
        }
    }
}
