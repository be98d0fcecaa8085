namespace SourcingBot.Channels.Discord.Gateway;

/// <summary>A received frame: a JSON payload, or the close code and reason when the connection closed.</summary>
internal sealed record GatewayFrame(ReadOnlyMemory<byte> Payload, int? CloseCode = null, string? CloseReason = null)
{
    public bool IsClose => CloseCode is not null;
}
