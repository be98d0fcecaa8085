namespace SourcingBot.Conversations.Insights;

/// <summary>A company that asked to talk to an expert, as stored and delivered to the webhook.</summary>
/// <param name="Id">A stable id: the same turn stores the same lead once.</param>
/// <param name="CreatedAt">When consent was given.</param>
/// <param name="Channel">Where.</param>
/// <param name="ConversationId">The conversation, so "forget me" there erases it.</param>
/// <param name="UserId">The user, so "forget me" erases it.</param>
/// <param name="Details">What they told us.</param>
public sealed record Lead(string Id, DateTimeOffset CreatedAt, string Channel, string ConversationId, string UserId, LeadDetails Details);
