namespace SourcingBot.Conversations.Insights;

/// <summary>A question the bot declined or answered with low confidence, kept so the knowledge can be improved.</summary>
/// <param name="Text">What the user asked.</param>
/// <param name="AskedAt">When.</param>
/// <param name="Channel">Where ("web", "teams", "discord", …).</param>
/// <param name="Topic">The topic the bot guessed, if any.</param>
/// <param name="Confidence">The confidence of that guess, from 0 to 1.</param>
/// <param name="Outcome">What the bot did: <c>declined</c>, <c>ambiguous</c> or <c>low-confidence</c>.</param>
/// <param name="UserId">Who asked; null unless the operator records user ids.</param>
public sealed record RecordedQuestion(
    string Text, DateTimeOffset AskedAt, string Channel, string? Topic, double Confidence, string Outcome, string? UserId = null);
