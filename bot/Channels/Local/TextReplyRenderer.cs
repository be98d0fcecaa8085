using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Local;

// Renders replies as plain text for the console. Buttons become numbered options; the caller
// keeps the list so that typing the number sends the button's value.
internal static partial class TextReplyRenderer
{
    [GeneratedRegex(@"\[(?<label>[^\]]+)\]\((?<url>https?://[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    public static string Render(Reply reply, List<ReplyAction> numberedActions)
    {
        var text = new StringBuilder();
        if (reply.Title is not null)
        {
            text.AppendLine(reply.Title).AppendLine(new string('=', reply.Title.Length));
        }

        text.AppendLine(Plain(reply.Text));
        foreach (var section in reply.Sections)
        {
            text.AppendLine().AppendLine(section.Heading).AppendLine(Plain(section.Text));
        }

        if (reply.Table is not null)
        {
            text.AppendLine().Append(RenderTable(reply.Table));
        }

        if (reply.CopyText is not null)
        {
            text.AppendLine().AppendLine("----- copy from here -----").AppendLine(reply.CopyText.TrimEnd()).AppendLine("----- to here -----");
        }

        if (reply.Prompt is { } prompt)
        {
            text.AppendLine().AppendLine(PromptHint(prompt));
        }

        AppendActions(text, reply.Choices, numberedActions, null);
        AppendActions(text, reply.Suggestions, numberedActions, "You could also ask:");
        if (reply.Sources.Count > 0)
        {
            text.AppendLine().AppendLine("Sources:");
            foreach (var source in reply.Sources)
            {
                var caveat = source.Caveat is null ? string.Empty : $" ({source.Caveat})";
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {source.Publisher} ({source.Year}): {source.Title}{caveat} <{source.Url.AbsoluteUri}>");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string PromptHint(ReplyPrompt prompt) => prompt.Kind switch
    {
        StepKind.MultipleChoice => "Type the numbers or words of one or more options (e.g. 1, 3), or answer in your own words.",
        StepKind.SingleChoice => "Type the number of an option, or answer in your own words.",
        _ => prompt.Example is null ? "Answer in your own words." : $"Answer in your own words, e.g. {prompt.Example}.",
    };

    public static string Plain(string markdown) =>
        Link().Replace(markdown, match => $"{match.Groups["label"].Value} <{match.Groups["url"].Value}>")
            .Replace("**", string.Empty, StringComparison.Ordinal)
            .Trim();

    private static void AppendActions(StringBuilder text, IReadOnlyList<ReplyAction> actions, List<ReplyAction> numbered, string? heading)
    {
        if (actions.Count == 0)
        {
            return;
        }

        text.AppendLine();
        if (heading is not null)
        {
            text.AppendLine(heading);
        }

        foreach (var action in actions)
        {
            numbered.Add(action);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {numbered.Count}. {action.Label}");
        }
    }

    private static string RenderTable(ReplyTable table)
    {
        var rows = table.Rows.Prepend(table.Columns).ToArray();
        var widths = Enumerable.Range(0, table.Columns.Count)
            .Select(column => Math.Min(40, rows.Max(row => column < row.Count ? row[column].Length : 0)))
            .ToArray();
        var text = new StringBuilder();
        if (table.Caption is not null)
        {
            text.AppendLine(table.Caption);
        }

        foreach (var (row, index) in rows.Select((row, index) => (row, index)))
        {
            text.AppendLine(string.Join(" | ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
            if (index == 0)
            {
                text.AppendLine(string.Join("-+-", widths.Select(width => new string('-', width))));
            }
        }

        return text.ToString();
    }
}
