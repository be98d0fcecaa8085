using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;
using SourcingBot.Knowledge.Assessment;

namespace SourcingBot.Channels.Discord.Rendering;

// One reply as embeds: title and text, sections as fields, comparisons as side-by-side fields, figures
// and summaries as fields, sources in the footer (with links in a field), text to copy in code blocks.
internal static partial class EmbedRenderer
{
    private const string Blank = "\u200b";

    [GeneratedRegex(@"^#{1,6}\s+(?<heading>.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    public static IReadOnlyList<Embed> Render(Reply reply, RenderMode mode)
    {
        var packer = new EmbedPacker(Color(reply.Kind));
        if (reply.Title is not null)
        {
            packer.Title(reply.Title);
        }

        packer.Description(string.IsNullOrWhiteSpace(reply.Text) ? Blank : reply.Text);
        foreach (var section in reply.Sections)
        {
            packer.Section(section.Heading, section.Text);
        }

        if (reply.Table is { } table)
        {
            AddTable(packer, reply.Kind, table);
        }

        if (mode == RenderMode.Text)
        {
            AddTypedOptions(packer, reply);
        }

        if (reply.Sources.Count > 0)
        {
            packer.Section("Sources", string.Join('\n', reply.Sources.Select(source =>
                $"[{Escape(source.Publisher)} ({source.Year})]({source.Url.AbsoluteUri}) — {Escape(source.Title)}")));
        }

        if (reply.CopyText is { } copy)
        {
            foreach (var block in DiscordText.CodeBlocks(copy.TrimEnd(), "md", DiscordLimits.EmbedDescription))
            {
                packer.Description(block);
            }
        }

        return packer.Finish(Footer(reply.Sources));
    }

    /// <summary>A recommendation summary for everyone to read: Markdown headings become bold lines.</summary>
    public static IReadOnlyList<Embed> RenderShared(string markdown, string userId)
    {
        var packer = new EmbedPacker(Color(ReplyKind.Recommendation));
        packer.Title("Sourcing recommendation");
        var text = MarkdownHeading().Replace(markdown.Trim(), match => $"**{match.Groups["heading"].Value.Trim()}**");
        packer.Description($"Shared by <@{userId}> from a private assessment.\n\n{text}");
        return packer.Finish("Ask me with /recommend to get one for your own company.");
    }

    public static string? Footer(IReadOnlyList<Citation> sources) =>
        sources.Count == 0
            ? null
            : "Sources: " + string.Join(" · ", sources.Select(source => $"{source.Publisher} ({source.Year})").Distinct(StringComparer.Ordinal));

    private static void AddTable(EmbedPacker packer, ReplyKind kind, ReplyTable table)
    {
        if (kind == ReplyKind.Comparison && table.Columns.Count == 3)
        {
            // Side by side: one row per dimension, the two strategies inline, a blank third column so
            // every dimension starts a new row.
            foreach (var row in table.Rows.Where(row => row.Count == 3))
            {
                packer.Group(
                [
                    EmbedPacker.Field($"{row[0]} · {table.Columns[1]}", row[1], inline: true),
                    EmbedPacker.Field($"{row[0]} · {table.Columns[2]}", row[2], inline: true),
                    EmbedPacker.Field(Blank, Blank, inline: true),
                ]);
            }

            return;
        }

        if (table.Columns.Count == 2)
        {
            foreach (var row in table.Rows.Where(row => row.Count == 2))
            {
                packer.Group([EmbedPacker.Field(row[0], row[1], inline: true)]);
            }

            return;
        }

        var lines = table.Rows.Select(row => Line(table.Columns, row));
        packer.Section(table.Caption ?? "Details", string.Join('\n', lines));
    }

    // "**first cell** — Column: value · Column: value"
    private static string Line(IReadOnlyList<string> columns, IReadOnlyList<string> row)
    {
        var text = new StringBuilder("- **").Append(row.Count > 0 ? row[0] : Blank).Append("**");
        for (var index = 1; index < row.Count; index++)
        {
            text.Append(index == 1 ? " — " : " · ");
            if (index < columns.Count && columns[index].Length > 0)
            {
                text.Append(columns[index]).Append(": ");
            }

            text.Append(row[index]);
        }

        return text.ToString();
    }

    // Plain-text mode: options are numbered (the engine reads "2" as the second option) and the other
    // buttons become things to say.
    private static void AddTypedOptions(EmbedPacker packer, Reply reply)
    {
        if (reply.Choices.Count > 0)
        {
            var numbered = reply.Choices.Select((choice, index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {choice.Label}"));
            var hint = reply.Prompt?.Kind == StepKind.MultipleChoice ? "Reply with one or more numbers or words" : "Reply with a number or in your own words";
            packer.Section(hint, string.Join('\n', numbered));
        }
        else if (reply.Prompt is { } prompt)
        {
            packer.Section("Reply in your own words", prompt.Example is null ? "Type your answer." : $"For example: *{prompt.Example}*");
        }

        var sayable = reply.Suggestions
            .Where(action => action.Value.GetValueOrDefault(ActionValues.ActionKey) != ActionValues.Private)
            .Select(action => $"*{action.Label}*")
            .ToArray();
        if (sayable.Length > 0)
        {
            packer.Section("You could also say", string.Join(" · ", sayable));
        }

        if (reply.Suggestions.Any(action => action.Value.GetValueOrDefault(ActionValues.ActionKey) == ActionValues.Private))
        {
            packer.Section("Continue privately", "Use **/recommend**: only you will see the questions and your answers.");
        }
    }

    private static string Escape(string text) => text.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);

    private static int Color(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => 0x5865F2,
        ReplyKind.Comparison => 0x3BA55C,
        ReplyKind.Recommendation => 0x57F287,
        ReplyKind.Question => 0xFEE75C,
        ReplyKind.Summary => 0xEB459E,
        ReplyKind.Decline or ReplyKind.DidYouMean => 0x99AAB5,
        ReplyKind.Error => 0xED4245,
        _ => 0x4F545C,
    };
}
