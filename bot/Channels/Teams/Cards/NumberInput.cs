using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A number field; the client refuses values outside the range before submitting.</summary>
internal sealed record NumberInput : InputElement
{
    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    protected override string Type => "Input.Number";

    protected override void WriteInputProperties(Utf8JsonWriter writer)
    {
        WriteIfSet(writer, "placeholder", Placeholder);
        if (Min is { } min)
        {
            writer.WriteNumber("min", min);
        }

        if (Max is { } max)
        {
            writer.WriteNumber("max", max);
        }
    }
}
