using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Rendering;

// Turns the replies of one turn into messages: embeds packed at most 10 and 6000 characters to a
// message, the components on the first. A turn that does not fit one message continues in more
// (sent as follow-ups or further replies), so nothing is cut and no body exceeds a limit.
internal static class MessageComposer
{
    public static IReadOnlyList<DiscordMessage> Compose(IReadOnlyList<Reply> replies, RenderMode mode, int? flags = null)
    {
        var embeds = replies.SelectMany(reply => EmbedRenderer.Render(reply, mode)).ToArray();
        var components = ComponentRenderer.Render(replies, mode);
        return Paginate(embeds, components, flags);
    }

    public static IReadOnlyList<DiscordMessage> Paginate(IReadOnlyList<Embed> embeds, IReadOnlyList<Component> components, int? flags)
    {
        var pages = new List<List<Embed>> { new() };
        var total = 0;
        foreach (var embed in embeds)
        {
            var length = MessageValidator.EmbedLength(embed);
            var page = pages[^1];
            if (page.Count > 0 && (page.Count == DiscordLimits.EmbedsPerMessage || total + length > DiscordLimits.EmbedTotal))
            {
                pages.Add(page = []);
                total = 0;
            }

            page.Add(embed);
            total += length;
        }

        return pages.Select((page, index) => new DiscordMessage
        {
            Embeds = page,
            Components = index == 0 ? components : [],
            Flags = flags,
        }).ToArray();
    }

    /// <summary>A short message with no embed, e.g. a notice only the user sees.</summary>
    public static DiscordMessage Notice(string text, int? flags, IReadOnlyList<Component>? components = null) => new()
    {
        Content = DiscordText.Truncate(text, DiscordLimits.Content),
        Embeds = [],
        Components = components ?? [],
        Flags = flags,
    };
}
