using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Discord.Interactions;

// Which conversation a Discord event belongs to. The private /recommend flow is one per user wherever it
// runs; a DM channel is one conversation; in a server each user has their own per channel, shared scope.
internal static class ConversationKeys
{
    public const string Channel = "discord";

    public static (string Id, ConversationScope Scope) Flow(string userId) => ($"discord:{userId}:recommend", ConversationScope.Personal);

    public static (string Id, ConversationScope Scope) Direct(string channelId) => ($"discord:dm:{channelId}", ConversationScope.Personal);

    public static (string Id, ConversationScope Scope) Guild(string guildId, string channelId, string userId) =>
        ($"discord:{guildId}:{channelId}:{userId}", ConversationScope.Shared);

    public static (string Id, ConversationScope Scope) For(string? guildId, string channelId, string userId) =>
        guildId is null ? Direct(channelId) : Guild(guildId, channelId, userId);
}
