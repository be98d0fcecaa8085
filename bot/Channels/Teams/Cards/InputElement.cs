using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A form input: its value is sent under its id with the submit action's data.</summary>
internal abstract record InputElement : CardElement
{
    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>Shown under the input when the value is missing or invalid (inline validation).</summary>
    public string? ErrorMessage { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        if (Label is not null)
        {
            json["label"] = Label;
        }

        if (IsRequired)
        {
            json["isRequired"] = true;
        }

        if (ErrorMessage is not null)
        {
            json["errorMessage"] = ErrorMessage;
        }

        WriteInputProperties(json);
    }

    protected abstract void WriteInputProperties(JsonObject json);
}
