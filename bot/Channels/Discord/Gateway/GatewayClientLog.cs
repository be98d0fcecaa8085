namespace SourcingBot.Channels.Discord.Gateway;

internal sealed partial class GatewayClient
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Discord:Gateway:Enabled is true but Discord:BotToken is not set; the gateway stays off")]
        public static partial void NotConfigured(ILogger logger);

        [LoggerMessage(2, LogLevel.Warning, "The Discord gateway connection failed")]
        public static partial void ConnectionFailed(ILogger logger, Exception exception);

        [LoggerMessage(3, LogLevel.Critical, "The Discord gateway closed with {Code}: {Reason}. Not reconnecting: fix the configuration and restart")]
        public static partial void Fatal(ILogger logger, int code, string reason);

        [LoggerMessage(4, LogLevel.Information, "Reconnecting to the Discord gateway in {Milliseconds} ms (resume: {Resume})")]
        public static partial void Reconnecting(ILogger logger, double milliseconds, bool resume);

        [LoggerMessage(5, LogLevel.Information, "Resuming Discord session {SessionId}")]
        public static partial void Resuming(ILogger logger, string sessionId);

        [LoggerMessage(6, LogLevel.Warning, "No heartbeat ACK from the Discord gateway: the connection is zombied; reconnecting")]
        public static partial void Zombied(ILogger logger);

        [LoggerMessage(7, LogLevel.Information, "The Discord gateway asked to reconnect (op 7)")]
        public static partial void ReconnectRequested(ILogger logger);

        [LoggerMessage(8, LogLevel.Warning, "The Discord session is invalid (op 9; resumable: {Resumable})")]
        public static partial void InvalidSession(ILogger logger, bool resumable);

        [LoggerMessage(9, LogLevel.Information, "Connected to the Discord gateway as {User} (session {SessionId})")]
        public static partial void Ready(ILogger logger, string user, string sessionId);

        [LoggerMessage(10, LogLevel.Information, "Resumed the Discord session")]
        public static partial void Resumed(ILogger logger);

        [LoggerMessage(11, LogLevel.Information, "The Discord gateway connection closed with {Code} {Reason}")]
        public static partial void Closed(ILogger logger, int code, string reason);
    }
}
