using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SourcingBot.Channels.Teams.Rendering;
using SourcingBot.Conversations.Turns;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Channels.Teams.Rendering;

// Teams refuses messages over about 28 KB: every rendered message, with the ids and addresses the SDK
// adds before sending, stays under it.
public sealed class CardSizeLimiterTests
{
    private const int TeamsLimit = 28 * 1024;

    [Fact]
    public void Render_HugeReply_IsSplitIntoMessagesUnderTheLimitKeepingEverySectionAndTheButtons()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "A long answer",
            Text = "Intro.",
            Sections = Enumerable.Range(1, 60).Select(i => new ReplySection($"Section {i}", new string('x', 1500))).ToArray(),
            Sources = Enumerable.Range(1, 40).Select(i => new Citation($"Publisher {i}", "Title", "2024", new Uri($"https://example.com/{i}"), null)).ToArray(),
            Suggestions = [new ReplyAction("Get a recommendation", ActionValues.StartAssessment)],
        };

        var activities = Render(reply);

        activities.Should().HaveCountGreaterThan(3);
        activities.Should().OnlyContain(activity => SentBytes(activity) < TeamsLimit);
        activities.SkipLast(1).Should().OnlyContain(activity => SentBytes(activity) > TeamsLimit / 2, "each message is filled before the next begins");
        var texts = string.Join("\n", activities.Select(Card));
        texts.Should().Contain("Section 1\"").And.Contain("Section 60\"").And.Contain("Publisher 40");
        Card(activities[^1]).Should().Contain("Get a recommendation");
        activities.Take(activities.Count - 1).Should().OnlyContain(activity => !Card(activity).Contains("\"actions\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OneHugeText_IsShortenedToFit()
    {
        var reply = new Reply { Kind = ReplyKind.Answer, Title = "Huge", Text = string.Concat(Enumerable.Repeat("All work and no play. ", 5000)) };

        var activities = Render(reply);

        activities.Should().OnlyContain(activity => SentBytes(activity) < TeamsLimit);
        string.Concat(activities.Select(Card)).Should().Contain("shortened to fit in a Teams message");
    }

    [Fact]
    public void Render_HugeTextOnlyMessage_IsShortenedToFit()
    {
        var activities = Render(new Reply { Kind = ReplyKind.Message, Text = new string('é', 40_000) });

        SentBytes(activities.Single()).Should().BeLessThan(TeamsLimit);
    }

    private static IReadOnlyList<Activity> Render(Reply reply) =>
        TeamsReplyRenderer.Render([reply], new RenderContext(TeamsSamples.BotId, ConversationScope.Shared, 27_648));

    private static string Card(Activity activity) => JsonConvert.SerializeObject(activity.Attachments[0].Content, Formatting.None);

    // The activity as the SDK sends it: addressed to a channel thread with long ids.
    private static int SentBytes(Activity activity)
    {
        var longId = new string('x', 120);
        activity.ApplyConversationReference(new ConversationReference
        {
            ActivityId = "1763633703123",
            Bot = new ChannelAccount("28:" + TeamsSamples.AppId, "SourcingBot"),
            User = new ChannelAccount("29:" + longId, "Ada Lovelace", aadObjectId: Guid.NewGuid().ToString()),
            Conversation = new ConversationAccount(true, "channel", $"19:{longId}@thread.tacv2;messageid=1763633703123", tenantId: Guid.NewGuid().ToString()),
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/" + longId,
            Locale = "en-GB",
        });
        activity.Id = string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid()}");
        return Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings));
    }
}
