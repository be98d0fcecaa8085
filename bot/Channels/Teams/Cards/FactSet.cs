using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>Label–value pairs, rendered as two aligned columns.</summary>
internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    protected override string Type => "FactSet";

    protected override void WriteProperties(JsonObject json) =>
        json["facts"] = Array(Facts.Select(fact => new JsonObject { ["title"] = fact.Title, ["value"] = fact.Value }));
}
