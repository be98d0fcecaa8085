using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A form input: its value is sent under its id with the submit action's data.</summary>
internal abstract record InputElement : CardElement
{
    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>Shown under the input when the value is missing or invalid (inline validation).</summary>
    public string? ErrorMessage { get; init; }

    protected override void WriteProperties(Utf8JsonWriter writer)
    {
        WriteIfSet(writer, "label", Label);
        if (IsRequired)
        {
            writer.WriteBoolean("isRequired", true);
        }

        WriteIfSet(writer, "errorMessage", ErrorMessage);
        WriteInputProperties(writer);
    }

    protected abstract void WriteInputProperties(Utf8JsonWriter writer);
}
