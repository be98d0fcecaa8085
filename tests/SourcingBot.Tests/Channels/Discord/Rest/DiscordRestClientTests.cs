using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private readonly DiscordBotHost _host = new();

    private DiscordRestClient Rest => _host.Services.GetRequiredService<DiscordRestClient>();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task CreateMessage_SendsBotAuthorizationUserAgentAndNoMentions()
    {
        await Rest.CreateMessageAsync("1", Message("hello @everyone"), CancellationToken.None);

        var request = _host.Discord.Messages("1").Should().ContainSingle().Subject;
        request.Headers["Authorization"].Should().Be($"Bot {FakeDiscord.BotToken}");
        request.Headers["User-Agent"].Should().MatchRegex(@"^DiscordBot \(https?://\S+, [0-9][^)]*\)$");
        request.Json!["allowed_mentions"]!.ToJsonString().Should().Be("""{"parse":[]}""");
        _host.Discord.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task CreateMessage_429WithRetryAfter_WaitsItOutThenDeliversOnce()
    {
        _host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/2/messages", 429,
            """{"message": "You are being rate limited.", "retry_after": 2.5, "global": false}""",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Scope"] = "user" }));
        var start = _host.Clock.GetUtcNow();

        var first = Rest.CreateMessageAsync("2", Message("one"), CancellationToken.None);
        await _host.Discord.WaitForAsync(r => r.Path == "/channels/2/messages", "the first attempt");
        var second = Rest.CreateMessageAsync("2", Message("two"), CancellationToken.None);
        await Task.Delay(50);
        _host.Discord.Messages("2").Should().ContainSingle("nothing is sent on the route inside the wait");

        await _host.AdvanceUntilAsync(() => first.IsCompleted && second.IsCompleted, TimeSpan.FromMilliseconds(250));
        await first;
        await second;

        var sent = _host.Discord.Messages("2");
        sent.Should().HaveCount(3, "the limited request is re-sent once, then the second goes");
        sent.Skip(1).Should().OnlyContain(r => r.At >= start.AddSeconds(2.5));
        sent.Count(r => r.Body.Contains("\"one\"", StringComparison.Ordinal)).Should().Be(2);
        sent.Count(r => r.Body.Contains("\"two\"", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task CreateMessage_Global429_HoldsEveryRoute()
    {
        _host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/3/messages", 429,
            """{"message": "You are being rate limited.", "retry_after": 1.5, "global": true}""",
            new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }));
        var start = _host.Clock.GetUtcNow();

        var limited = Rest.CreateMessageAsync("3", Message("a"), CancellationToken.None);
        var limiter = _host.Services.GetRequiredService<DiscordRateLimiter>();
        await _host.Discord.WaitForAsync(_ => limiter.GlobalUntil > start, "the limited request");
        var other = Rest.CreateMessageAsync("4", Message("b"), CancellationToken.None);
        await Task.Delay(50);
        _host.Discord.Messages("4").Should().BeEmpty("a global limit holds other routes too");

        await _host.AdvanceUntilAsync(() => limited.IsCompleted && other.IsCompleted, TimeSpan.FromMilliseconds(250));
        await Task.WhenAll(limited, other);

        _host.Discord.Messages("4").Should().ContainSingle().Which.At.Should().BeOnOrAfter(start.AddSeconds(1.5));
    }

    [Fact]
    public async Task CreateMessage_EmptyBucket_WaitsForItsReset()
    {
        _host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/5/messages", 200, """{"id":"1"}""",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "b5", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "3.000" }));
        await Rest.CreateMessageAsync("5", Message("first"), CancellationToken.None);
        var start = _host.Clock.GetUtcNow();

        var next = Rest.CreateMessageAsync("5", Message("second"), CancellationToken.None);
        await Task.Delay(50);
        _host.Discord.Messages("5").Should().ContainSingle("the bucket is known to be empty");
        await _host.AdvanceUntilAsync(() => next.IsCompleted, TimeSpan.FromMilliseconds(250));
        await next;

        _host.Discord.Messages("5")[1].At.Should().BeOnOrAfter(start.AddSeconds(3));
    }

    [Fact]
    public async Task CreateMessage_ManyAtOnce_NeverMoreThan50InASecond()
    {
        var sends = Enumerable.Range(100, 60).Select(channel => Rest.CreateMessageAsync($"{channel}", Message("x"), CancellationToken.None)).ToArray();
        await _host.Discord.WaitForAsync(_ => _host.Discord.Requests.Count >= 50, "50 requests");
        await Task.Delay(100);
        _host.Discord.Requests.Should().HaveCount(50, "the 51st waits for the next second");

        await _host.AdvanceUntilAsync(() => sends.All(send => send.IsCompleted), TimeSpan.FromMilliseconds(250));
        await Task.WhenAll(sends);

        _host.Discord.Requests.Should().HaveCount(60);
    }

    [Fact]
    public async Task CreateMessage_Transient5xx_IsRetriedAndDeliveredOnce()
    {
        _host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/6/messages", 502));
        _host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/6/messages", 503));

        var send = Rest.CreateMessageAsync("6", Message("x"), CancellationToken.None);
        await _host.AdvanceUntilAsync(() => send.IsCompleted, TimeSpan.FromMilliseconds(100));
        await send;

        _host.Discord.Messages("6").Should().HaveCount(3);
    }

    [Fact]
    public async Task CreateMessage_Unauthorized_IsNotRetried_AndRepeatsArePausedLocally()
    {
        for (var i = 0; i < 5; i++)
        {
            _host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/7/messages", 401, """{"message": "401: Unauthorized", "code": 0}"""));
        }

        var failures = new List<DiscordRestException>();
        for (var i = 0; i < 8; i++)
        {
            var act = () => Rest.CreateMessageAsync("7", Message("x"), CancellationToken.None);
            failures.Add((await act.Should().ThrowAsync<DiscordRestException>()).Which);
        }

        _host.Discord.Messages("7").Should().HaveCount(5, "after a handful of invalid requests in a minute the rest are refused locally");
        failures[0].Status.Should().Be(HttpStatusCode.Unauthorized);
        failures[^1].Status.Should().BeNull();
        failures[^1].Message.Should().Contain("Discord:BotToken");

        _host.Clock.Advance(TimeSpan.FromSeconds(61));
        await Rest.CreateMessageAsync("7", Message("again"), CancellationToken.None);
        _host.Discord.Messages("7").Should().HaveCount(6);
    }

    [Fact]
    public async Task EditOriginalResponse_UsesTheInteractionWebhookWithoutTheBotToken()
    {
        await Rest.EditOriginalResponseAsync("tok", Message("x"), CancellationToken.None);

        var request = _host.Discord.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("PATCH");
        request.Path.Should().Be($"/webhooks/{FakeDiscord.ApplicationId}/tok/messages/@original");
        request.Headers.Should().NotContainKey("Authorization");
    }

    private static DiscordMessage Message(string content) => new() { Content = content };
}
