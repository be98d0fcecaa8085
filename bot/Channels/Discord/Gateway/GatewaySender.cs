using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SourcingBot.Channels.Discord.Gateway;

// Sends payloads on one connection, one at a time (a WebSocket takes a single sender), within the send limit.
internal sealed class GatewaySender(IGatewayTransport transport, GatewaySendLimiter limiter) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public Task HeartbeatAsync(long? sequence, CancellationToken cancellationToken) =>
        SendAsync(new HeartbeatCommand(GatewayOpcodes.Heartbeat, sequence), DiscordJsonContext.Default.HeartbeatCommand, cancellationToken, heartbeat: true);

    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> type, CancellationToken cancellationToken, bool heartbeat = false)
    {
        await limiter.WaitAsync(heartbeat, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await transport.SendAsync(bytes, cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await transport.CloseAsync(code, reason, cancellationToken);
        }
        catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or IOException or OperationCanceledException)
        {
            // Closing a connection that is already gone.
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
