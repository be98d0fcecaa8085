using SourcingBot.Conversations.Insights;

namespace SourcingBot.Storage;

/// <summary>A lead as stored, with where its webhook delivery stands.</summary>
internal sealed record StoredLead(Lead Lead, DateTimeOffset? DeliveredAt, int Attempts);
