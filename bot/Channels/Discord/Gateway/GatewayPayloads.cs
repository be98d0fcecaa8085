using System.Text.Json;
using System.Text.Json.Serialization;
using SourcingBot.Channels.Discord.Interactions;

namespace SourcingBot.Channels.Discord.Gateway;

// Gateway payloads (API v10, JSON encoding), reduced to what the bot reads and sends.
internal sealed record GatewayPayload(int Op, JsonElement? D, long? S, string? T);

internal sealed record GatewayHello(int HeartbeatInterval);

internal sealed record GatewayReady(string SessionId, string ResumeGatewayUrl, DiscordUser User);

internal sealed record GatewayMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser Author,
    string? Content,
    IReadOnlyList<DiscordUser>? Mentions,
    string? WebhookId);

internal sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit? SessionStartLimit);

internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

internal sealed record IdentifyCommand(int Op, IdentifyData D);

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeCommand(int Op, ResumeData D);

internal sealed record ResumeData(string Token, string SessionId, long? Seq);

internal sealed record HeartbeatCommand(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D);
