using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SourcingBot.Tests.Channels.Discord.Fakes;
using SourcingBot.Tests.Channels.Teams.Fakes;

namespace SourcingBot.Tests.Hosting;

// A conversation or a user sending faster than the limits is slowed down: the JSON API with 429 and Retry-After,
// Teams and Discord (which would retry a 429) with a polite reply. Other conversations and users carry on.
public sealed class TurnRateLimiterTests
{
    [Fact]
    public async Task ChatApi_ConversationOverItsBurst_Answers429WithRetryAfterAndAPoliteDetail()
    {
        await using var factory = Limited(conversationBurst: 3, userBurst: 100);
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await PostAsync(client, "busy", "someone", "what is nearshoring?")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var limited = await PostAsync(client, "busy", "someone", "what is nearshoring?");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var seconds = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        seconds.Should().BeInRange(1, 60, "one turn a minute comes back within a minute");
        var problem = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;
        problem["detail"]!.GetValue<string>().Should().Contain("slow down").And.Contain($"{seconds} seconds");
        (await PostAsync(client, "calm", "someone-else", "what is nearshoring?")).StatusCode.Should().Be(HttpStatusCode.OK, "other conversations are not slowed");
    }

    [Fact]
    public async Task ChatApi_UserOverTheirBurstAcrossConversations_Answers429()
    {
        await using var factory = Limited(conversationBurst: 100, userBurst: 4);
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await PostAsync(client, $"conversation-{i}", "flooder", "hello");
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(Enumerable.Repeat(HttpStatusCode.OK, 4).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)));
        (await PostAsync(client, "conversation-0", "another-user", "hello")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChatApi_RefusedTurn_ChangesNothingInTheConversation()
    {
        await using var factory = Limited(conversationBurst: 2, userBurst: 100);
        using var client = factory.CreateClient();
        (await PostAsync(client, "steps", "someone", "recommend")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostAsync(client, "steps", "someone", "cost and talent")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await PostAsync(client, "steps", "someone", "customer support")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        await using var unlimited = BotFactory.WithDatabase(factory.DatabasePath);
        var replies = await new ChatClient(unlimited.CreateClient(), "steps").SayAsync("help");
        replies.AskedStep().Should().Be("function", "the refused answer was not applied");
    }

    [Fact]
    public async Task Teams_ConversationOverItsBurst_GetsAPoliteSlowDownReplyNot429()
    {
        var connector = new FakeConnector();
        await using var factory = TeamsBotFixture.Configure(Limited(conversationBurst: 2, userBurst: 100), connector);
        var teams = new TeamsClient(factory.CreateClient());
        var conversation = TeamsSamples.Fresh("message-personal");

        await teams.AskAsync(TeamsSamples.Fresh("message-personal").In(conversation).Text("what is nearshoring?"));
        await teams.AskAsync(TeamsSamples.Fresh("message-personal").In(conversation).Text("what is offshoring?"));
        var response = await teams.SendAsync(TeamsSamples.Fresh("message-personal").In(conversation).Text("what is outsourcing?").ExpectingReplies());

        response.Status.Should().Be(HttpStatusCode.OK, "Bot Framework would redeliver a refused activity");
        response.Replies.Should().ContainSingle().Which.ToJsonString().Should().Contain("slow down");
    }

    [Fact]
    public async Task Teams_MessageLongerThanTheCap_IsAnsweredPolitelyAndNotRead()
    {
        var connector = new FakeConnector();
        await using var factory = TeamsBotFixture.Configure(new BotFactory(), connector);
        var teams = new TeamsClient(factory.CreateClient());
        var conversation = TeamsSamples.Fresh("message-personal");
        await teams.AskAsync(TeamsSamples.Fresh("message-personal").In(conversation).Text("recommend"));

        var replies = await teams.AskAsync(TeamsSamples.Fresh("message-personal").In(conversation).Text("cost " + new string('x', 5000)));

        replies.Should().ContainSingle().Which.ToJsonString().Should().Contain("too long").And.Contain("2000 characters");
        var next = await teams.AskAsync(TeamsSamples.Fresh("message-personal").In(conversation).Text("cost and talent"));
        next[^1].Title().Should().StartWith("Question 2 of 13", "the long message changed nothing");
    }

    [Fact]
    public async Task Discord_ConversationOverItsBurst_GetsAPoliteSlowDownMessageNot429()
    {
        var host = DiscordBotHost.WithSettings(("TurnLimits:Enabled", "true"), ("TurnLimits:ConversationBurst", "2"), ("TurnLimits:UserBurst", "100"));
        await host.InitializeAsync();
        try
        {
            var discord = new InteractionClient(host);
            await discord.CommandAsync("ask", ("question", "what is nearshoring?"));
            await discord.CommandAsync("ask", ("question", "what is offshoring?"));

            var response = await discord.CommandAsync("ask", ("question", "what is outsourcing?"));

            response["type"]!.GetValue<int>().Should().Be(4);
            response.ToJsonString().Should().Contain("slow down");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static BotFactory Limited(int conversationBurst, int userBurst) => new BotFactory()
        .With("TurnLimits:Enabled", "true")
        .With("TurnLimits:ConversationBurst", conversationBurst.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("TurnLimits:ConversationTurnsPerMinute", "1")
        .With("TurnLimits:UserBurst", userBurst.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("TurnLimits:UserTurnsPerMinute", "1");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string conversationId, string userId, string text) =>
        client.PostAsJsonAsync("/api/chat", new JsonObject { ["conversationId"] = conversationId, ["userId"] = userId, ["text"] = text });
}
