using System.Net;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Teams.Fakes;
using SourcingBot.Tests.Hosting;

namespace SourcingBot.Tests.Channels.Teams;

// Bot Framework redelivers an activity it got no timely answer for, possibly to another instance: each
// activity runs once, and its redelivery gets the first replies (expectReplies) or a bare 200.
public sealed class TeamsRedeliveryTests
{
    [Fact]
    public async Task Redelivery_ExpectReplies_GetsTheFirstRepliesWithoutAnsweringTwice()
    {
        await using var factory = Bot(new FakeConnector());
        var client = new TeamsClient(factory.CreateClient());
        var conversation = TeamsSamples.Fresh("message-personal");
        await client.AskAsync(Message(conversation, "recommend"));
        var answer = Message(conversation, "cost and talent");
        var engine = ObservedTurnHandler.Of(factory);

        var first = await client.AskAsync(answer);
        var again = await client.AskAsync(answer);
        var next = await client.AskAsync(Message(conversation, "customer support"));

        first[^1].Title().Should().StartWith("Question 2 of 13");
        again.Select(reply => reply.ToJsonString()).Should().Equal(first.Select(reply => reply.ToJsonString()));
        engine.TurnsIn(conversation.ConversationId()).Should().Be(3, "the redelivered answer did not reach the engine");
        next[^1].Title().Should().StartWith("Question 3 of 13");
    }

    [Fact]
    public async Task Redelivery_NormalDelivery_Returns200AndPostsNoSecondReply()
    {
        var connector = new FakeConnector();
        await using var factory = Bot(connector);
        var client = new TeamsClient(factory.CreateClient());
        var message = TeamsSamples.Fresh("message-personal");

        var first = await client.SendAsync(message);
        var sentOnce = connector.Sent(message.ConversationId()).Count;
        var again = await client.SendAsync(message);

        first.Status.Should().Be(HttpStatusCode.OK);
        again.Status.Should().Be(HttpStatusCode.OK);
        var sent = connector.Sent(message.ConversationId());
        sent.Should().HaveCount(sentOnce);
        sent.Count(reply => reply.Title() == "What is nearshoring?").Should().Be(1);
        ObservedTurnHandler.Of(factory).TurnsIn(message.ConversationId()).Should().Be(1);
    }

    [Fact]
    public async Task Redelivery_WhileTheFirstIsStillRunning_Returns200WithoutReplies()
    {
        await using var factory = Bot(new FakeConnector());
        var client = new TeamsClient(factory.CreateClient());
        var engine = ObservedTurnHandler.Of(factory);
        var message = TeamsSamples.Fresh("message-personal");
        engine.Hold();

        var first = client.AskAsync(message);
        await engine.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var duplicate = await client.SendAsync(message.ExpectingReplies()).WaitAsync(TimeSpan.FromSeconds(30));
        engine.Release();

        duplicate.Status.Should().Be(HttpStatusCode.OK);
        duplicate.Replies.Should().BeEmpty();
        (await first).Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
        engine.TurnsIn(message.ConversationId()).Should().Be(1);
    }

    [Fact]
    public async Task Redelivery_AfterAFailedTurn_IsAnsweredAfresh()
    {
        await using var factory = Bot(new FakeConnector());
        var client = new TeamsClient(factory.CreateClient());
        var engine = ObservedTurnHandler.Of(factory);
        var message = TeamsSamples.Fresh("message-personal");
        engine.FailNext();

        var failed = await client.AskAsync(message);
        var redelivered = await client.AskAsync(message);

        failed.Should().ContainSingle().Which.Text().Should().Contain("quote reference");
        redelivered.Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
        redelivered[0].Text().Should().StartWith("Hi, I'm SourcingBot.", "the failed turn sent no greeting, so the first answer brings it");
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsAnswered()
    {
        await using var factory = Bot(new FakeConnector());
        var client = new TeamsClient(factory.CreateClient());
        var one = TeamsSamples.Fresh("message-personal");
        var other = TeamsSamples.Fresh("message-personal");
        other["id"] = one["id"]!.GetValue<string>();

        var first = await client.AskAsync(one);
        var second = await client.AskAsync(other);

        first.Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
        second.Select(reply => reply.Title()).Should().Contain("What is nearshoring?");
    }

    [Fact]
    public async Task Redelivery_ToAnotherInstance_GetsTheFirstReplies()
    {
        var folder = Directory.CreateTempSubdirectory("sourcingbot-teams-");
        var database = Path.Combine(folder.FullName, "shared.db");
        try
        {
            await using var first = Bot(BotFactory.WithDatabase(database), new FakeConnector());
            await using var second = Bot(BotFactory.WithDatabase(database), new FakeConnector());
            var message = TeamsSamples.Fresh("message-personal").Text("compare nearshore outsourcing and a captive centre");

            var answered = await new TeamsClient(first.CreateClient()).AskAsync(message);
            var redelivered = await new TeamsClient(second.CreateClient()).AskAsync(message);

            answered.Select(reply => reply.Title()).Should().Contain(title => title != null && title.Contains(" vs ", StringComparison.Ordinal));
            redelivered.Select(reply => reply.ToJsonString()).Should().Equal(answered.Select(reply => reply.ToJsonString()));
            ObservedTurnHandler.Of(second).TurnsIn(message.ConversationId()).Should().Be(0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static BotFactory Bot(FakeConnector connector) => Bot(new BotFactory(), connector);

    private static BotFactory Bot(BotFactory factory, FakeConnector connector) =>
        ObservedTurnHandler.Install(TeamsBotFixture.Configure(factory, connector));

    private static JsonObject Message(JsonObject conversation, string text) => TeamsSamples.Load("message-personal").In(conversation).Text(text);
}
