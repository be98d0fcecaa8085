using System.Text.Json;

namespace SourcingBot.Channels.Teams.Cards;

/// <summary>A grid of text cells (schema 1.5); the first row is the header.</summary>
internal sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows) : CardElement
{
    protected override string Type => "Table";

    protected override void WriteProperties(Utf8JsonWriter writer)
    {
        var columns = Rows.Count == 0 ? 0 : Rows.Max(row => row.Count);
        WriteArray(writer, "columns", Enumerable.Range(0, columns), (w, _) =>
        {
            w.WriteStartObject();
            w.WriteNumber("width", 1);
            w.WriteEndObject();
        });
        writer.WriteStartArray("rows");
        for (var index = 0; index < Rows.Count; index++)
        {
            var row = Rows[index];
            writer.WriteStartObject();
            writer.WriteString("type", "TableRow");
            writer.WriteStartArray("cells");
            for (var column = 0; column < columns; column++)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "TableCell");
                writer.WriteStartArray("items");
                new TextBlock(column < row.Count ? row[column] : string.Empty) { Weight = index == 0 ? "bolder" : null, Size = "small" }.WriteTo(writer);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("firstRowAsHeader", true);
        writer.WriteBoolean("showGridLines", true);
    }
}
