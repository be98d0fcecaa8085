namespace SourcingBot.Conversations.Turns;

/// <summary>Everything the bot says in answer to one turn, in order.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies);
