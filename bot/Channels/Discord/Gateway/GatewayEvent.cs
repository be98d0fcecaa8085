namespace SourcingBot.Channels.Discord.Gateway;

/// <summary>A MESSAGE_CREATE to answer, with the bot's own user id from READY (to spot mentions of it).</summary>
internal sealed record GatewayEvent(GatewayMessage Message, string BotUserId);
