using SourcingBot.Conversations.Turns;

namespace SourcingBot.Channels.Teams.Rendering;

/// <summary>What rendering needs to know about the conversation it renders for.</summary>
/// <param name="BotId">The bot's Teams id (the activity's recipient), for the deep link to its 1:1 chat.</param>
/// <param name="Scope">Whether others read along.</param>
/// <param name="MaxMessageBytes">The largest message Teams accepts, as serialized JSON.</param>
internal sealed record RenderContext(string BotId, ConversationScope Scope, int MaxMessageBytes);
