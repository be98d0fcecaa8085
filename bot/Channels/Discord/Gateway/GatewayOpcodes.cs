namespace SourcingBot.Channels.Discord.Gateway;

// Gateway opcodes, close codes and intents of API v10 (Topics > Opcodes and Status Codes; Gateway > Intents).
internal static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;

    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int MessageContent = 1 << 15;

    /// <summary>Our own close code for reconnecting: anything but 1000/1001 keeps the session resumable.</summary>
    public const int ReconnectClose = 4900;

    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Close codes after which reconnecting cannot help: the configuration must change.</summary>
    public static bool IsFatal(int closeCode) => closeCode is AuthenticationFailed or (>= 4010 and <= 4014);

    /// <summary>Close codes after which the session cannot be resumed and a new one must be identified.</summary>
    public static bool EndsSession(int closeCode) => closeCode is InvalidSequence or SessionTimedOut or 1000 or 1001;

    public static string Describe(int closeCode) => closeCode switch
    {
        4004 => "authentication failed: Discord:BotToken is wrong or was reset",
        4010 => "invalid shard: check Discord:Gateway:ShardId and ShardCount",
        4011 => "sharding required: set Discord:Gateway:ShardCount (see GET /gateway/bot)",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: turn on the Message Content privileged intent in the Developer Portal (Bot page)",
        _ => $"close code {closeCode}",
    };
}
