using SourcingBot.Conversations.Insights;

namespace SourcingBot.Storage;

// Recorded questions, usage and leads in memory, for Storage:Provider=Memory: lost on restart, like its conversations.
internal sealed class InMemoryInsightStore : IInsightStore
{
    private readonly Lock _lock = new();
    private readonly List<RecordedQuestion> _questions = [];
    private readonly List<UsageEvent> _usage = [];
    private readonly List<StoredLead> _leads = [];
    private readonly Dictionary<string, DateTimeOffset> _nextAttempts = new(StringComparer.Ordinal);

    public Task RecordAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            _questions.AddRange(record.Questions);
            _usage.AddRange(record.Usage);
            if (record.Lead is { } lead && !_nextAttempts.ContainsKey(lead.Id))
            {
                _leads.Add(new StoredLead(lead, null, 0));
                _nextAttempts[lead.Id] = lead.CreatedAt;
            }
        }

        return Task.CompletedTask;
    }

    public Task ForgetAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _leads.RemoveAll(stored => stored.Lead.UserId == userId || stored.Lead.ConversationId == conversationId);
            _questions.RemoveAll(question => question.UserId == userId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RecordedQuestion>> QuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Read(() => _questions.Where(question => question.AskedAt >= since).ToArray());

    public Task<IReadOnlyList<UsageEvent>> UsageAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Read(() => _usage.Where(usage => usage.At >= since).ToArray());

    public Task<IReadOnlyList<StoredLead>> LeadsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Read(() => _leads.Where(stored => stored.Lead.CreatedAt >= since).ToArray());

    public Task<IReadOnlyList<StoredLead>> DueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Read(() => _leads.Where(stored => stored.DeliveredAt is null && _nextAttempts[stored.Lead.Id] <= now).Take(limit).ToArray());

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_questions.RemoveAll(question => question.AskedAt < cutoff) + _usage.RemoveAll(usage => usage.At < cutoff));
        }
    }

    public Task MarkDeliveredAsync(string leadId, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        Update(leadId, stored => stored with { DeliveredAt = deliveredAt, Attempts = stored.Attempts + 1 }, null);

    public Task MarkFailedAsync(string leadId, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        Update(leadId, stored => stored with { Attempts = stored.Attempts + 1 }, nextAttemptAt);

    private Task Update(string leadId, Func<StoredLead, StoredLead> change, DateTimeOffset? nextAttempt)
    {
        lock (_lock)
        {
            var index = _leads.FindIndex(stored => stored.Lead.Id == leadId);
            if (index >= 0)
            {
                _leads[index] = change(_leads[index]);
                _nextAttempts[leadId] = nextAttempt ?? _nextAttempts[leadId];
            }
        }

        return Task.CompletedTask;
    }

    private Task<IReadOnlyList<T>> Read<T>(Func<T[]> read)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<T>>(read());
        }
    }
}
