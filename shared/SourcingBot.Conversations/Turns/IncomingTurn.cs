namespace SourcingBot.Conversations.Turns;

/// <summary>One message from a user, as every channel hands it to the engine.</summary>
/// <param name="Channel">Which channel it came from ("web", "console", "api", "teams", "discord"); for logs and metrics only.</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="UserId">Who sent it.</param>
/// <param name="Text">What the user typed, or the label of the button they clicked.</param>
/// <param name="Value">What a clicked button or submitted form carries, or null for typed text.</param>
/// <param name="Scope">Whether others read along; the assessment warns before asking for company details in a shared conversation.</param>
public sealed record IncomingTurn(
    string Channel,
    string ConversationId,
    string UserId,
    string? Text,
    IReadOnlyDictionary<string, string>? Value = null,
    ConversationScope Scope = ConversationScope.Personal);
