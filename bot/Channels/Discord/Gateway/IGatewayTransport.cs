namespace SourcingBot.Channels.Discord.Gateway;

/// <summary>One gateway connection: text frames in and out, and how it closed. Tests script it.</summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>The next whole text frame, or a close frame (the connection is then over).</summary>
    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);
}
