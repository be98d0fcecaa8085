using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SourcingBot.Channels.Teams.Cards;
using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Teams.Rendering;

/// <summary>
/// The engine's replies as Teams messages: an Adaptive Card per reply (several if one would exceed the
/// message size limit), a plain Markdown message for a reply that is only text, and a code block with a
/// copy button for a Markdown summary.
/// </summary>
internal static class TeamsReplyRenderer
{
    private const string EmptyCard = "{}";

    public static IReadOnlyList<Activity> Render(IEnumerable<Reply> replies, RenderContext context)
    {
        var activities = new List<Activity>();
        foreach (var reply in replies)
        {
            if (IsTextOnly(reply))
            {
                activities.Add(Text(reply.Text, context));
                continue;
            }

            var summary = PlainText.Truncate(reply.Title ?? PlainText.Strip(reply.Text).Split('\n')[0], 100);

            // A card that fits was measured last, as the message that is sent: that message is kept. The message
            // around a card is the same for every card of this reply, so it is serialized once.
            var envelope = Bytes(Card(EmptyCard, summary)) - Encoding.UTF8.GetByteCount(EmptyCard);
            (AdaptiveCard Card, Activity Message)? measured = null;
            int Measure(AdaptiveCard card)
            {
                var json = card.ToJsonString();
                measured = (card, Card(json, summary));
                return envelope + Encoding.UTF8.GetByteCount(json);
            }

            activities.AddRange(CardSizeLimiter.Fit(ReplyCards.Build(reply, context), context.MaxMessageBytes, Measure)
                .Select(card => measured is { } last && ReferenceEquals(last.Card, card) ? last.Message : Card(card, summary)));

            // A recommendation is shared through its "Share" button, which asks for this summary.
            if (reply.CopyText is { } copy && reply.Kind != ReplyKind.Recommendation)
            {
                activities.Add(Text($"```\n{copy.TrimEnd()}\n```", context));
            }
        }

        return activities;
    }

    public static Activity Card(AdaptiveCard card, string? summary = null) => Card(card.ToJsonString(), summary);

    private static Activity Card(string cardJson, string? summary)
    {
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = AdaptiveCard.ContentType,
            // Written into the message as it is (never parsed back into a Newtonsoft tree), so its size adds up.
            Content = new JRaw(cardJson),
        });
        activity.Summary = summary;
        return activity;
    }

    public static Activity Text(string markdown, RenderContext context)
    {
        var limit = context.MaxMessageBytes - CardSizeLimiter.EnvelopeBytes;
        var activity = (Activity)MessageFactory.Text(markdown);
        activity.TextFormat = TextFormatTypes.Markdown;
        for (var size = Bytes(activity); size > limit; size = Bytes(activity))
        {
            activity.Text = PlainText.Truncate(activity.Text, (int)((long)activity.Text.Length * limit / size) - 16);
        }

        return activity;
    }

    // Messages are sent as indented JSON (the connector client's settings, which these match).
    private static int Bytes(Activity activity) =>
        Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings));

    private static bool IsTextOnly(Reply reply) =>
        reply.Title is null && reply.Sections.Count == 0 && reply.Table is null && reply.Choices.Count == 0
        && reply.Suggestions.Count == 0 && reply.Sources.Count == 0 && reply.Prompt is null && reply.CopyText is null;
}
