namespace SourcingBot.Conversations.Turns;

/// <summary>Who can read the conversation, so the engine can warn before asking for private details.</summary>
public enum ConversationScope
{
    /// <summary>Only the user and the bot (web chat, console, a 1:1 chat, a direct message).</summary>
    Personal,

    /// <summary>Other people read along (a group chat, a team channel, a server channel).</summary>
    Shared,
}
