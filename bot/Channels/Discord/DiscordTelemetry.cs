using System.Diagnostics.Metrics;
using SourcingBot.Conversations.Telemetry;

namespace SourcingBot.Channels.Discord;

// The Discord channel's metrics, on the bot's one meter ("SourcingBot"), so they are exported with the
// engine's. Tags name kinds of limits and reasons only: never a channel, user, token or message id.
internal static class DiscordTelemetry
{
    /// <summary>Time a REST request waited for a rate limit, in milliseconds, tagged by which limit held it.</summary>
    public static Histogram<double> RateLimitWait { get; } = ConversationTelemetry.Meter.CreateHistogram<double>(
        "sourcingbot.discord.rest.rate_limit.wait", "ms", "Time Discord REST requests waited for a rate limit (a known empty bucket, the global limit or a 429's retry_after).");

    /// <summary>429 responses from Discord, tagged by scope (user, global or shared).</summary>
    public static Counter<long> RateLimited { get; } = ConversationTelemetry.Meter.CreateCounter<long>(
        "sourcingbot.discord.rest.rate_limited", "{response}", "Discord REST responses with status 429.");

    /// <summary>Gateway reconnections, tagged by why the connection ended and whether the session is resumed.</summary>
    public static Counter<long> GatewayReconnects { get; } = ConversationTelemetry.Meter.CreateCounter<long>(
        "sourcingbot.discord.gateway.reconnects", "{reconnect}", "Discord gateway connections that ended and were opened again.");

    public static void RecordWait(TimeSpan wait, string limit) =>
        RateLimitWait.Record(wait.TotalMilliseconds, new KeyValuePair<string, object?>("discord.limit", limit));
}
