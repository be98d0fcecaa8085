using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Channels.Discord.Gateway;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Gateway;

public sealed class GatewayClientTests : IAsyncLifetime
{
    private const int Intents = (1 << 0) | (1 << 9) | (1 << 12) | (1 << 15);

    private readonly DiscordBotHost _host = DiscordBotHost.WithSettings(("Discord:Gateway:Enabled", "true"));

    private FakeGateway Gateway => _host.Discord.Gateway;

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Connect_IdentifiesWithTokenIntentsAndShard_ThenHeartbeatsWithTheSequence()
    {
        var connection = await Gateway.WaitForConnectionAsync(1);
        var identify = await connection.WaitForAsync(2);

        connection.Path.Should().Be("/gateway/?v=10&encoding=json");
        identify["d"]!["token"]!.GetValue<string>().Should().Be(FakeDiscord.BotToken);
        identify["d"]!["intents"]!.GetValue<int>().Should().Be(Intents);
        identify["d"]!["shard"]!.ToJsonString().Should().Be("[0,1]");
        identify["d"]!["properties"]!["os"].Should().NotBeNull();
        await ReadyAsync();
        var heartbeats = connection.Sent(1).Count();
        var heartbeat = await connection.WaitForAsync(1, Tick(TimeSpan.FromSeconds(5)), count: heartbeats + 1);
        heartbeat["d"]!.GetValue<long>().Should().Be(1, "READY was the session's first event");
    }

    [Fact]
    public async Task HeartbeatRequest_IsAnsweredAtOnce()
    {
        var connection = await ReadyAsync();

        var before = connection.Sent(1).Count();

        await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

        await connection.WaitForAsync(1, count: before + 1);
    }

    [Fact]
    public async Task MessageCreate_MentionInAServer_RepliesOnceWithAReferenceAndNoPings()
    {
        var connection = await ReadyAsync();

        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9001", $"<@{FakeGateway.BotUserId}> what is nearshoring? @everyone", mention: true));

        var reply = await ReplyToAsync("9001");
        reply.Path.Should().Be("/channels/400/messages");
        reply.Json!["allowed_mentions"]!.ToJsonString().Should().Be("""{"parse":[]}""");
        reply.Json!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is nearshoring?");
        reply.Json!["components"]!.AsArray().Should().BeEmpty("text mode has no buttons");
        _host.Discord.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task MessageCreate_FromBotsOrWithoutMention_IsIgnored_ButDirectMessagesAreAnswered()
    {
        var connection = await ReadyAsync();

        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9101", "what is nearshoring?"));
        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9102", $"<@{FakeGateway.BotUserId}> hi", bot: true, mention: true));
        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9103", "echo", authorId: FakeGateway.BotUserId, mention: true));
        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9104", "what is offshoring?", guildId: null, channelId: "450"));

        var reply = await ReplyToAsync("9104");
        reply.Path.Should().Be("/channels/450/messages");
        await Task.Delay(100);
        _host.Discord.Requests.Where(r => r.Path.EndsWith("/messages", StringComparison.Ordinal)).Should().ContainSingle();
    }

    [Fact]
    public async Task MessageCreate_InAServer_SuggestsRecommendForPrivateDetails()
    {
        var connection = await ReadyAsync();

        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9201", $"<@{FakeGateway.BotUserId}> recommend a strategy for us", mention: true));

        var reply = await ReplyToAsync("9201");
        reply.Body.Should().Contain("/recommend");
    }

    [Fact]
    public async Task DirectMessages_RunTheAssessmentByTyping()
    {
        var connection = await ReadyAsync();

        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9301", "recommend", guildId: null, channelId: "460"));
        (await ReplyToAsync("9301")).Body.Should().Contain("Question 1 of");
        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9302", "1 and 3", guildId: null, channelId: "460"));

        (await ReplyToAsync("9302")).Body.Should().Contain("Question 2 of");
    }

    [Fact]
    public async Task DroppedConnection_ResumesAtTheResumeUrlWithTheLastSequence()
    {
        var first = await ReadyAsync();
        await Gateway.DispatchAsync(first, "GUILD_CREATE", new JsonObject { ["id"] = "300" });
        var heartbeats = first.Sent(1).Count();
        await first.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        (await first.WaitForAsync(1, count: heartbeats + 1))["d"]!.GetValue<long>().Should().Be(2, "the heartbeat carries the last sequence");

        await first.AbortAsync();
        var second = await Gateway.WaitForConnectionAsync(2, Tick(TimeSpan.FromSeconds(1)));

        second.Path.Should().StartWith("/resume");
        var resume = await second.WaitForAsync(6);
        resume["d"]!["session_id"]!.GetValue<string>().Should().Be(Gateway.SessionId);
        resume["d"]!["seq"]!.GetValue<long>().Should().Be(2);
        resume["d"]!["token"]!.GetValue<string>().Should().Be(FakeDiscord.BotToken);
        second.Sent(2).Should().BeEmpty("a resumed session is not identified again");
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesResumablyAndResumes()
    {
        var first = await ReadyAsync();

        await first.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });
        var second = await Gateway.WaitForConnectionAsync(2, Tick(TimeSpan.FromSeconds(1)));

        await second.WaitForAsync(6);
        await first.Closed;
        first.ClientCloseCode.Should().NotBe(1000).And.NotBe(1001);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 6)]
    public async Task InvalidSession_WaitsThenIdentifiesOrResumesAsDSays(bool resumable, int expectedOp)
    {
        var first = await ReadyAsync();
        var before = _host.Clock.GetUtcNow();

        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
        var second = await Gateway.WaitForConnectionAsync(2, Tick(TimeSpan.FromMilliseconds(500)));

        await second.WaitForAsync(expectedOp);
        (_host.Clock.GetUtcNow() - before).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "Discord asks for a 1-5 s wait");
    }

    [Fact]
    public async Task MissingHeartbeatAck_TreatsTheConnectionAsZombiedAndResumes()
    {
        var first = await ReadyAsync();
        Gateway.AckHeartbeats = false;

        var second = await Gateway.WaitForConnectionAsync(2, Tick(TimeSpan.FromSeconds(5)));

        await second.WaitForAsync(6);
        first.Sent(1).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsWithAClearReasonAndNoReconnect(int code)
    {
        var first = await ReadyAsync();

        await first.CloseAsync(code);
        var client = _host.Services.GetRequiredService<GatewayClient>();
        await _host.AdvanceUntilAsync(() => client.StoppedReason is not null, TimeSpan.FromSeconds(1));
        await _host.AdvanceUntilAsync(() => false, TimeSpan.FromSeconds(10), maximumSteps: 30);

        client.StoppedReason.Should().NotBeNull();
        Gateway.Connections.Should().ContainSingle("nothing can fix this by reconnecting");
    }

    [Theory]
    [InlineData(4000, 6)]
    [InlineData(4008, 6)]
    [InlineData(4009, 2)]
    [InlineData(4007, 2)]
    public async Task OtherCloseCodes_ReconnectResumingOrIdentifying(int code, int expectedOp)
    {
        var first = await ReadyAsync();

        await first.CloseAsync(code);
        var second = await Gateway.WaitForConnectionAsync(2, Tick(TimeSpan.FromSeconds(1)));

        await second.WaitForAsync(expectedOp, Tick(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task EventsAroundAReconnect_AreAnsweredExactlyOnce()
    {
        var first = await ReadyAsync();
        Gateway.ReplayEverythingOnResume = true;
        await Gateway.DispatchAsync(first, "MESSAGE_CREATE", FakeGateway.Message("9401", $"<@{FakeGateway.BotUserId}> what is offshoring?", mention: true));
        await ReplyToAsync("9401");

        await first.AbortAsync();
        Gateway.Miss("MESSAGE_CREATE", FakeGateway.Message("9402", $"<@{FakeGateway.BotUserId}> what is nearshoring?", mention: true));
        var second = await Gateway.WaitForConnectionAsync(2, Tick(TimeSpan.FromSeconds(1)));
        await second.WaitForAsync(6);
        await ReplyToAsync("9402");
        await Task.Delay(200);

        Replies("9401").Should().ContainSingle("a replayed message is not answered again");
        Replies("9402").Should().ContainSingle();
    }

    [Fact]
    public async Task HostStop_ClosesResumably_AndAnswersTheMessageInFlight()
    {
        var connection = await ReadyAsync();
        _host.Turns.Hold();
        await Gateway.DispatchAsync(connection, "MESSAGE_CREATE", FakeGateway.Message("9501", $"<@{FakeGateway.BotUserId}> what is offshoring?", mention: true));
        await _host.Turns.Entered;

        var stopping = _host.StopBotAsync();
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        _host.Turns.Release();
        await stopping;

        connection.ClientCloseCode.Should().NotBeNull("the bot closes the connection itself")
            .And.NotBe(1000, "1000 and 1001 would end the session").And.NotBe(1001);
        Replies("9501").Should().ContainSingle("a message received before the stop is still answered")
            .Which.Json!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is offshoring?");
    }

    private async Task<FakeGatewayConnection> ReadyAsync()
    {
        var connection = await Gateway.WaitForConnectionAsync(Gateway.Connections.Count == 0 ? 1 : Gateway.Connections.Count);
        await connection.WaitForAsync(2);

        // A heartbeat on request carries the last sequence: once it says 1, READY has been handled.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var heartbeats = connection.Sent(1).Count();
            await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
            if ((await connection.WaitForAsync(1, count: heartbeats + 1))["d"] is JsonValue sequence && sequence.GetValue<long>() == 1)
            {
                return connection;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The bot never handled READY.");
    }

    private Task<RecordedRequest> ReplyToAsync(string messageId) =>
        _host.Discord.WaitForAsync(r => Replies(messageId).Contains(r), $"a reply to message {messageId}");

    private RecordedRequest[] Replies(string messageId) =>
        _host.Discord.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)
            && r.Json?["message_reference"]?["message_id"]?.GetValue<string>() == messageId).ToArray();

    private Func<Task> Tick(TimeSpan step) => () =>
    {
        _host.Clock.Advance(step);
        return Task.CompletedTask;
    };
}
