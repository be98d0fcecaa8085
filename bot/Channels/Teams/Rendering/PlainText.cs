using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Teams.Rendering;

// A reply as plain text: the fallback of its card, for clients that cannot render Adaptive Cards. Options
// are numbered, since typing an option's number or words answers as well as clicking it.
internal static partial class PlainText
{
    public const int MaximumLength = 2000;

    [GeneratedRegex(@"\[(?<label>[^\]]+)\]\((?<url>https?://[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        if (reply.Title is not null)
        {
            text.AppendLine(reply.Title);
        }

        text.AppendLine(Strip(reply.Text));
        foreach (var section in reply.Sections)
        {
            text.AppendLine().AppendLine(section.Heading).AppendLine(Strip(section.Text));
        }

        if (reply.Table is { } table)
        {
            text.AppendLine();
            foreach (var row in table.Rows.Prepend(table.Columns))
            {
                text.AppendLine(string.Join(" | ", row));
            }
        }

        var options = reply.Prompt?.Options.Count > 0 ? reply.Prompt.Options : reply.Choices;
        if (options.Count > 0)
        {
            text.AppendLine();
            foreach (var (option, index) in options.Select((option, index) => (option, index)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{index + 1}. {option.Label}");
            }
        }

        if (reply.Prompt is { } prompt)
        {
            text.AppendLine().AppendLine(Hint(prompt));
        }

        if (reply.Sources.Count > 0)
        {
            text.AppendLine().AppendLine("Sources: " + string.Join("; ", reply.Sources.Select(s => $"{s.Publisher} ({s.Year})")));
        }

        return Truncate(text.ToString().Trim(), MaximumLength);
    }

    /// <summary>Light Markdown without its marks, links as "label (url)".</summary>
    public static string Strip(string markdown) =>
        Link().Replace(markdown, match => $"{match.Groups["label"].Value} ({match.Groups["url"].Value})")
            .Replace("**", string.Empty, StringComparison.Ordinal)
            .Trim();

    public static string Truncate(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");

    private static string Hint(ReplyPrompt prompt) => prompt.Kind switch
    {
        StepKind.MultipleChoice => "Reply with the numbers or words of one or more options.",
        StepKind.SingleChoice => "Reply with the number or words of an option.",
        StepKind.YesNo => "Reply yes or no.",
        _ => prompt.Example is null ? "Reply in your own words." : $"Reply in your own words, e.g. {prompt.Example}.",
    };
}
