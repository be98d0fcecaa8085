using System.Text;

namespace SourcingBot.Reports;

/// <summary>One table of a report, written as Markdown or CSV.</summary>
internal sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder().Append("## ").AppendLine(Title).AppendLine();
        if (Rows.Count == 0)
        {
            return text.AppendLine("Nothing recorded in this period.").ToString();
        }

        text.Append("| ").AppendJoin(" | ", Columns.Select(Cell)).AppendLine(" |");
        text.Append('|').AppendJoin('|', Columns.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in Rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        return text.ToString();
    }

    public string ToCsv(bool header = true)
    {
        var text = new StringBuilder();
        if (header)
        {
            text.AppendJoin(',', Columns.Select(CsvField)).Append("\r\n");
        }

        foreach (var row in Rows)
        {
            text.AppendJoin(',', row.Select(CsvField)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs user text as a formula.
    private static string CsvField(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
