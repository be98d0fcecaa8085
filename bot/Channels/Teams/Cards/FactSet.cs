using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Label–value pairs, rendered as two aligned columns.</summary>
internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    protected override string Type => "FactSet";

    protected override void WriteProperties(Utf8JsonWriter writer) =>
        WriteArray(writer, "facts", Facts, (w, fact) =>
        {
            w.WriteStartObject();
            w.WriteString("title", fact.Title);
            w.WriteString("value", fact.Value);
            w.WriteEndObject();
        });
}
