using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord.Interactions;

public sealed class DeferralTests : IAsyncLifetime
{
    private readonly DiscordBotHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Command_FastEngine_AnswersSynchronously()
    {
        var response = await new InteractionClient(_host).CommandAsync("ask", ("question", "what is nearshoring?"));

        response["type"]!.GetValue<int>().Should().Be(4);
        _host.Discord.Requests.Should().NotContain(request => request.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_SlowEngine_DefersThenEditsTheOriginalResponse()
    {
        var client = new InteractionClient(_host);
        _host.Turns.Hold();
        var pending = client.CommandAsync("ask", ("question", "what is nearshoring?"));
        await _host.Turns.Entered;

        await _host.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(500));
        var response = await pending;

        response["type"]!.GetValue<int>().Should().Be(5, "a slow turn is deferred before Discord's 3 seconds");
        _host.Turns.Release();
        var edit = await _host.Discord.WaitForAsync(request => request.Method == "PATCH", "the edit of the original response");
        edit.Path.Should().MatchRegex($"^/webhooks/{FakeDiscord.ApplicationId}/token-\\d+/messages/@original$");
        edit.Headers.Should().NotContainKey("Authorization", "interaction webhooks need no bot token");
        edit.Json!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is nearshoring?");
        _host.Discord.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Component_SlowEngine_DefersTheUpdateThenEditsTheMessage()
    {
        var client = new InteractionClient(_host, userId: "720000000000000001");
        await client.CommandAsync("recommend");
        _host.Turns.Hold();
        var pending = client.ClickAsync("s:goals", 64, "reduce-costs");
        await _host.Turns.Entered;

        await _host.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(500));
        var response = await pending;

        response.ToJsonString().Should().Be("""{"type":6}""");
        _host.Turns.Release();
        var edit = await _host.Discord.WaitForAsync(request => request.Method == "PATCH", "the edit of the message");
        edit.Json!["embeds"]!.AsArray().Select(embed => embed!["title"]?.GetValue<string>()).Should().Contain(title => title != null && title.Contains("Question 2", StringComparison.Ordinal));
        edit.Json!["components"]!.AsArray().Should().NotBeEmpty();
        _host.Discord.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Recommend_SlowEngine_DefersPrivately()
    {
        var client = new InteractionClient(_host, userId: "720000000000000002");
        _host.Turns.Hold();
        var pending = client.CommandAsync("recommend");
        await _host.Turns.Entered;

        await _host.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(500));
        var response = await pending;

        response["type"]!.GetValue<int>().Should().Be(5);
        response["data"]!["flags"]!.GetValue<int>().Should().Be(64, "the deferred message is ephemeral like the flow");
        _host.Turns.Release();
        await _host.Discord.WaitForAsync(request => request.Method == "PATCH", "the edit");
    }

    [Fact]
    public async Task HostStop_DeferredTurnInFlight_StillEditsTheOriginalResponse()
    {
        var client = new InteractionClient(_host, userId: "720000000000000003");
        _host.Turns.Hold();
        var pending = client.CommandAsync("ask", ("question", "what is nearshoring?"));
        await _host.Turns.Entered;
        await _host.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromMilliseconds(500));
        (await pending)["type"]!.GetValue<int>().Should().Be(5);
        var lifetime = _host.Services.GetRequiredService<IHostApplicationLifetime>();

        var stopping = _host.StopBotAsync();
        for (var waited = 0; waited < 5000 && !lifetime.ApplicationStopping.IsCancellationRequested; waited += 10)
        {
            await Task.Delay(10);
        }

        lifetime.ApplicationStopping.IsCancellationRequested.Should().BeTrue();
        _host.Turns.Release();
        await stopping;

        var edit = _host.Discord.Requests.Should().ContainSingle(request => request.Method == "PATCH", "the answer is delivered although the host is stopping").Subject;
        edit.Json!["embeds"]![0]!["title"]!.GetValue<string>().Should().Be("What is nearshoring?");
    }
}
