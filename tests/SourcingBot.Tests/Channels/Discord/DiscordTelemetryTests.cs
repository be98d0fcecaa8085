using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SourcingBot.Channels.Discord.Rest;
using SourcingBot.Tests.Channels.Discord.Fakes;

namespace SourcingBot.Tests.Channels.Discord;

// The meter is shared by the whole process: these tests run alone, so what they see is what they caused.
[CollectionDefinition(nameof(DiscordTelemetryTests), DisableParallelization = true)]
public sealed class DiscordTelemetryRunsAlone;

[Collection(nameof(DiscordTelemetryTests))]
public sealed class DiscordTelemetryTests : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public DiscordTelemetryTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "SourcingBot" && instrument.Name.StartsWith("sourcingbot.discord.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    [Fact]
    public async Task RateLimit_429_IsCountedAndItsWaitMeasured()
    {
        var host = new DiscordBotHost();
        await host.InitializeAsync();
        try
        {
            await RateLimitedSendAsync(host);
        }
        finally
        {
            await host.DisposeAsync();
        }

        _measurements.Should().ContainSingle(m => m.Instrument == "sourcingbot.discord.rest.rate_limited")
            .Which.Tags["discord.scope"].Should().Be("user");
        _measurements.Should().ContainSingle(m => m.Instrument == "sourcingbot.discord.rest.rate_limit.wait" && (string?)m.Tags["discord.limit"] == "retry_after")
            .Which.Value.Should().Be(1750);
    }

    [Fact]
    public async Task Gateway_DroppedConnection_CountsAResumingReconnect()
    {
        var host = DiscordBotHost.WithSettings(("Discord:Gateway:Enabled", "true"));
        await host.InitializeAsync();
        try
        {
            await DropAndResumeAsync(host);
        }
        finally
        {
            await host.DisposeAsync();
        }

        var reconnect = _measurements.Should().ContainSingle(m => m.Instrument == "sourcingbot.discord.gateway.reconnects").Subject;
        reconnect.Tags["discord.reason"].Should().Be("dropped");
        reconnect.Tags["discord.resume"].Should().Be(true);
    }

    public void Dispose() => _listener.Dispose();

    private static async Task RateLimitedSendAsync(DiscordBotHost host)
    {
        host.Discord.Script(new ScriptedResponse(r => r.Path == "/channels/8/messages", 429,
            """{"message": "You are being rate limited.", "retry_after": 1.75, "global": false}""",
            new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user" }));

        var send = host.Services.GetRequiredService<DiscordRestClient>().CreateMessageAsync("8", new DiscordMessage { Content = "x" }, CancellationToken.None);
        await host.AdvanceUntilAsync(() => send.IsCompleted, TimeSpan.FromMilliseconds(250));
        await send;
    }

    private static async Task DropAndResumeAsync(DiscordBotHost host)
    {
        var first = await host.Discord.Gateway.WaitForConnectionAsync(1);
        await first.WaitForAsync(2);
        await host.Discord.Gateway.DispatchAsync(first, "GUILD_CREATE", new System.Text.Json.Nodes.JsonObject { ["id"] = "300" });
        await Task.Delay(100);

        await first.AbortAsync();
        var second = await host.Discord.Gateway.WaitForConnectionAsync(2, () =>
        {
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            return Task.CompletedTask;
        });
        await second.WaitForAsync(6);
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
