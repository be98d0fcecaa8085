using System.Net.WebSockets;

namespace SourcingBot.Channels.Discord.Gateway;

// The gateway over System.Net.WebSockets: JSON text frames (no compression), reassembled from fragments.
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private const int MaximumFrameBytes = 8 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayFrame(ReadOnlyMemory<byte>.Empty, (int?)_socket.CloseStatus ?? 1005, _socket.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaximumFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A gateway frame exceeded 8 MiB.");
            }

            if (result.EndOfMessage)
            {
                return new GatewayFrame(message.ToArray());
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
