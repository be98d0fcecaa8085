using System.Text.Json.Nodes;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A grid of text cells (schema 1.5); the first row is the header.</summary>
internal sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows) : CardElement
{
    protected override string Type => "Table";

    protected override void WriteProperties(JsonObject json)
    {
        var columns = Rows.Count == 0 ? 0 : Rows.Max(row => row.Count);
        json["columns"] = Array(Enumerable.Range(0, columns).Select(_ => (JsonNode)new JsonObject { ["width"] = 1 }));
        json["rows"] = Array(Rows.Select((row, index) => (JsonNode)new JsonObject
        {
            ["type"] = "TableRow",
            ["cells"] = Array(Enumerable.Range(0, columns).Select(column => (JsonNode)new JsonObject
            {
                ["type"] = "TableCell",
                ["items"] = new JsonArray(new TextBlock(column < row.Count ? row[column] : string.Empty)
                {
                    Weight = index == 0 ? "bolder" : null,
                    Size = "small",
                }.ToJson()),
            })),
        }));
        json["firstRowAsHeader"] = true;
        json["showGridLines"] = true;
    }
}
