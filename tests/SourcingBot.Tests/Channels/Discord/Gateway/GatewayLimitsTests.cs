using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SourcingBot.Channels.Discord.Gateway;

namespace SourcingBot.Tests.Channels.Discord.Gateway;

public sealed class GatewayLimitsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendLimiter_120PerMinute_KeepsRoomForHeartbeats()
    {
        var limiter = new GatewaySendLimiter(_clock);
        for (var i = 0; i < GatewaySendLimiter.Limit - GatewaySendLimiter.ReservedForHeartbeats; i++)
        {
            await limiter.WaitAsync(heartbeat: false, CancellationToken.None);
        }

        var blocked = limiter.WaitAsync(heartbeat: false, CancellationToken.None);
        await limiter.WaitAsync(heartbeat: true, CancellationToken.None);

        blocked.IsCompleted.Should().BeFalse("the 118th payload in a minute waits");
        _clock.Advance(TimeSpan.FromSeconds(60));
        await blocked.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task IdentifyLimit_NoSessionStartsLeft_WaitsForTheReset()
    {
        var limit = new GatewayIdentifyLimit(_clock);
        limit.Update(new SessionStartLimit(Total: 1000, Remaining: 0, ResetAfter: 10_000, MaxConcurrency: 1));

        var identify = limit.WaitAsync(TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(20);
        identify.IsCompleted.Should().BeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        await identify.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task IdentifyLimit_TwoIdentifies_AreFiveSecondsApart()
    {
        var limit = new GatewayIdentifyLimit(_clock);
        await limit.WaitAsync(TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);

        var second = limit.WaitAsync(TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(20);
        second.IsCompleted.Should().BeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(4004, true)]
    [InlineData(4010, true)]
    [InlineData(4014, true)]
    [InlineData(4000, false)]
    [InlineData(4009, false)]
    [InlineData(1006, false)]
    public void IsFatal_OnlyForCodesReconnectingCannotFix(int code, bool fatal) =>
        GatewayOpcodes.IsFatal(code).Should().Be(fatal);
}
