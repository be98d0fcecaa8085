using SourcingBot.Conversations.Insights;

namespace SourcingBot.Conversations.Tests.Insights;

/// <summary>A journal that keeps what the engine records, and every "forget me", in lists.</summary>
internal sealed class RecordingJournal : ITurnJournal
{
    public List<RecordedQuestion> Questions { get; } = [];

    public List<UsageEvent> Usage { get; } = [];

    public List<Lead> Leads { get; } = [];

    public List<(string ConversationId, string UserId)> Forgotten { get; } = [];

    public Task RecordAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        Questions.AddRange(record.Questions);
        Usage.AddRange(record.Usage);
        if (record.Lead is { } lead && !Leads.Exists(existing => existing.Id == lead.Id))
        {
            Leads.Add(lead);
        }

        return Task.CompletedTask;
    }

    public Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        Forgotten.Add((conversationId, userId));
        Leads.RemoveAll(lead => lead.UserId == userId || lead.ConversationId == conversationId);
        return Task.CompletedTask;
    }
}
